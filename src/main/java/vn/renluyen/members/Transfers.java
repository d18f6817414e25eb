package vn.renluyen.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Texts;
import vn.renluyen.base.WorkingDays;
import vn.renluyen.security.CurrentUser;

/**
 * Chuyển sinh hoạt đảng. The member's own chain issues the letter; the receiving organization's chain
 * records the arrival, which moves the record for an official transfer. Deadlines are counted in working
 * days from the letter ({@link MembershipRules}). An official transfer goes to an organization on the
 * portal; a temporary one may also go to a place outside it (named in words).
 */
@Service
public class Transfers {

    private final MemberTransferRepository transfers;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MembershipRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;

    Transfers(MemberTransferRepository transfers, MemberRepository members, OrganizationRepository organizations,
            CurrentUser currentUser, AuditLog auditLog, MembershipRules rules, WorkingDays workingDays, Clock clock) {
        this.transfers = transfers;
        this.members = members;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** What the letter says; {@code toOrganizationId} or {@code destination}, {@code endsOn} for a temporary one. */
    public record Letter(TransferKind kind, Long toOrganizationId, String destination, String letterNumber,
            LocalDate issuedOn, LocalDate endsOn, String note) {
    }

    @Transactional
    public MemberTransfer issue(long memberId, Letter letter) {
        currentUser.requireMember(memberId);
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        if (member.isTransferredOut()
                || member.getStatus() != MemberStatus.PROBATIONARY && member.getStatus() != MemberStatus.OFFICIAL) {
            throw new MemberProblem("transfer.error.notActive");
        }
        if (transfers.existsByMemberIdAndStatus(memberId, TransferStatus.PENDING)) {
            throw new MemberProblem("transfer.error.pending");
        }
        if (letter.kind() == null) {
            throw new MemberProblem("transfer.error.kindRequired");
        }
        if (letter.issuedOn() == null) {
            throw new MemberProblem("transfer.error.issuedOnRequired");
        }
        if (letter.issuedOn().isAfter(LocalDate.now(clock))) {
            throw new MemberProblem("member.error.dateInFuture");
        }
        Organization to = letter.toOrganizationId() == null ? null : organizations.findById(letter.toOrganizationId())
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        if (to == null && Texts.isBlank(letter.destination())) {
            throw new MemberProblem("transfer.error.destinationRequired");
        }
        if (to != null) {
            to.requireActive();
        }
        if (to != null && to.getId().equals(member.getOrganization().getId())) {
            throw new MemberProblem("transfer.error.sameOrganization");
        }
        LocalDate endsOn = null;
        if (letter.kind() == TransferKind.TEMPORARY) {
            if (letter.endsOn() == null || !letter.endsOn().isAfter(letter.issuedOn())) {
                throw new MemberProblem("transfer.error.endsOnRequired");
            }
            endsOn = letter.endsOn();
        }
        LocalDate presentBy = workingDays.after(letter.issuedOn(), rules.transferLetterWorkingDays());
        LocalDate startBy = letter.kind() == TransferKind.OFFICIAL
                ? workingDays.after(letter.issuedOn(), rules.transferStartWorkingDays()) : null;
        MemberTransfer transfer = transfers.save(new MemberTransfer(member, letter.kind(), to,
                to == null ? Texts.nfc(letter.destination()).strip() : null, plain(letter.letterNumber()),
                letter.issuedOn(), presentBy, startBy, endsOn, plain(letter.note()), clock.instant(),
                currentUser.require().getUsername()));
        auditLog.record("member.transferIssued", MemberService.AUDIT_TYPE, memberId, member.getOrganization().getName(),
                letter.kind() + " → " + (to == null ? transfer.getDestination() : to.getName()) + ", hạn nộp "
                        + presentBy);
        return transfer;
    }

    /** The arrival recorded on the day it is entered. */
    @Transactional
    public MemberTransfer receive(long transferId) {
        return receive(transferId, LocalDate.now(clock));
    }

    /** The receiving chain records the arrival; an official transfer moves the record there. */
    @Transactional
    public MemberTransfer receive(long transferId, LocalDate receivedOn) {
        MemberTransfer transfer = pending(transferId);
        if (transfer.getTo() == null || !currentUser.mayManageOrganization(transfer.getTo().getId())) {
            throw new AccessDeniedException("Transfer " + transferId + " is not addressed to the user's scope");
        }
        if (receivedOn == null || receivedOn.isBefore(transfer.getIssuedOn()) || receivedOn.isAfter(LocalDate.now(clock))) {
            throw new MemberProblem("transfer.error.receivedOn");
        }
        transfer.getTo().requireActive();
        transfer.received(receivedOn);
        Member member = transfer.getMember();
        if (transfer.getKind() == TransferKind.OFFICIAL) {
            member.moveTo(transfer.getTo());
        }
        auditLog.record("member.transferReceived", MemberService.AUDIT_TYPE, member.getId(),
                transfer.getFrom().getName(), transfer.getTo().getName() + " từ " + receivedOn);
        return transfer;
    }

    /** The departure recorded on the day it is entered. */
    @Transactional
    public MemberTransfer confirmDeparture(long transferId) {
        return confirmDeparture(transferId, LocalDate.now(clock));
    }

    /**
     * A transfer to a place outside the portal: the issuing chain records that the member left (the
     * receiving organization's acknowledgement reached it). An official one takes the record off the
     * organization's lists and roles; the record and its history stay.
     */
    @Transactional
    public MemberTransfer confirmDeparture(long transferId, LocalDate leftOn) {
        MemberTransfer transfer = pending(transferId);
        if (transfer.getTo() != null) {
            throw new MemberProblem("transfer.error.receivedThere");
        }
        currentUser.requireOrganization(transfer.getFrom().getId());
        if (leftOn == null || leftOn.isBefore(transfer.getIssuedOn()) || leftOn.isAfter(LocalDate.now(clock))) {
            throw new MemberProblem("transfer.error.receivedOn");
        }
        transfer.received(leftOn);
        Member member = transfer.getMember();
        if (transfer.getKind() == TransferKind.OFFICIAL) {
            member.transferredOut(leftOn, transfer.getDestination());
        }
        auditLog.record("member.transferredOut", MemberService.AUDIT_TYPE, member.getId(), transfer.getFrom().getName(),
                transfer.getKind() + " → " + transfer.getDestination() + " từ " + leftOn);
        return transfer;
    }

    @Transactional
    public MemberTransfer cancel(long transferId, String reason) {
        MemberTransfer transfer = pending(transferId);
        currentUser.requireOrganization(transfer.getFrom().getId());
        if (Texts.isBlank(reason)) {
            throw new MemberProblem("member.error.statusReasonRequired");
        }
        transfer.cancelled(Texts.nfc(reason).strip());
        auditLog.record("member.transferCancelled", MemberService.AUDIT_TYPE, transfer.getMember().getId(),
                TransferStatus.PENDING.name(), reason);
        return transfer;
    }

    /** A member's transfers, newest first: the member, their chain, ADMIN, and the receiving chain. */
    @Transactional(readOnly = true)
    public List<TransferLine> ofMember(long memberId) {
        boolean own = currentUser.isSelf(memberId) || currentUser.mayManageMember(memberId);
        List<MemberTransfer> all = transfers.findByMember(memberId);
        boolean addressed = all.stream().anyMatch(t -> t.getStatus() == TransferStatus.PENDING && t.getTo() != null
                && currentUser.mayManageOrganization(t.getTo().getId()));
        if (!own && !addressed) {
            throw new AccessDeniedException("Member " + memberId + " is outside the user's scope");
        }
        LocalDate today = LocalDate.now(clock);
        return all.stream().map(t -> line(t, today)).toList();
    }

    /** Pending transfers into or out of the user's scope, the most urgent first (for the receiving side). */
    @Transactional(readOnly = true)
    public List<TransferLine> pendingInScope() {
        LocalDate today = LocalDate.now(clock);
        return transfers.findPending().stream()
                .filter(t -> currentUser.mayManageOrganization(t.getFrom().getId())
                        || (t.getTo() != null && currentUser.mayManageOrganization(t.getTo().getId())))
                .map(t -> line(t, today)).toList();
    }

    private TransferLine line(MemberTransfer t, LocalDate today) {
        boolean pending = t.getStatus() == TransferStatus.PENDING;
        return new TransferLine(t.getId(), t.getMember().getId(), t.getMember().getFullName(), t.getKind(),
                t.getFrom().getName(), t.getTo() == null ? t.getDestination() : t.getTo().getName(), t.getLetterNumber(),
                t.getIssuedOn(), t.getPresentBy(), t.getStartBy(), t.getEndsOn(), t.getReceivedOn(), t.getStatus(),
                t.isOverdueOn(today),
                pending && t.getTo() != null && currentUser.mayManageOrganization(t.getTo().getId()),
                pending && currentUser.mayManageOrganization(t.getFrom().getId()),
                pending && t.getTo() == null && currentUser.mayManageOrganization(t.getFrom().getId()));
    }

    /** A transfer as a page shows it, with what the current user may do with it. */
    public record TransferLine(long id, long memberId, String memberName, TransferKind kind, String from, String to,
            String letterNumber, LocalDate issuedOn, LocalDate presentBy, LocalDate startBy, LocalDate endsOn,
            LocalDate receivedOn, TransferStatus status, boolean overdue, boolean mayReceive, boolean mayCancel,
            boolean mayConfirmDeparture) {
    }

    private MemberTransfer pending(long transferId) {
        MemberTransfer transfer = transfers.findById(transferId)
                .orElseThrow(() -> new MemberProblem("transfer.error.notFound"));
        if (transfer.getStatus() != TransferStatus.PENDING) {
            throw new MemberProblem("transfer.error.notPending");
        }
        return transfer;
    }

    private static String plain(String value) {
        return Texts.isBlank(value) ? null : Texts.nfc(value).strip();
    }
}
