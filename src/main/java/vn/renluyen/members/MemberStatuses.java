package vn.renluyen.members;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Texts;
import vn.renluyen.base.WorkingDays;
import vn.renluyen.security.CurrentUser;

/**
 * The status steps of a member record, each with its rule (numbers in {@link MembershipRules}). Only the
 * secretary chain and ADMIN record them; every step is dated, audited and kept in the history. A candidate
 * becomes probationary only by an admission decision and ceremony, a probationary member official only by
 * recognition once the probation is over.
 */
@Service
public class MemberStatuses {

    private final MemberRepository members;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MembershipRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;

    MemberStatuses(MemberRepository members, CurrentUser currentUser, AuditLog auditLog, MembershipRules rules,
            WorkingDays workingDays, Clock clock) {
        this.members = members;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Kết nạp: the ceremony follows the decision within the configured working days (Quy định 294-QĐ/TW). */
    @Transactional
    public Member admit(long memberId, String decisionNumber, LocalDate decisionDate, LocalDate ceremonyDate,
            String note) {
        Member member = managed(memberId);
        requireDecision(decisionNumber);
        notInFuture(decisionDate);
        notInFuture(ceremonyDate);
        if (ceremonyDate.isBefore(decisionDate)) {
            throw new MemberProblem("member.admit.ceremonyBeforeDecision");
        }
        LocalDate lastDay = workingDays.after(decisionDate, rules.ceremonyWorkingDays());
        if (ceremonyDate.isAfter(lastDay)) {
            throw new MemberProblem("member.admit.ceremonyTooLate", rules.ceremonyWorkingDays(), lastDay);
        }
        step(member, StatusStep.ADMITTED, ceremonyDate, decisionNumber, orDefault(note, "Kết nạp vào Đảng"));
        member.admitted(decisionDate, ceremonyDate);
        return member;
    }

    /** Công nhận chính thức: not before the probation (12 months from the ceremony, Điều lệ Đảng, Điều 5). */
    @Transactional
    public Member recognize(long memberId, String decisionNumber, LocalDate officialOn, String note) {
        Member member = managed(memberId);
        requireDecision(decisionNumber);
        notInFuture(officialOn);
        if (member.getStatus() == MemberStatus.PROBATIONARY && member.getCeremonyDate() == null) {
            throw new MemberProblem("member.recognize.noCeremony");
        }
        if (member.getStatus() == MemberStatus.PROBATIONARY && officialOn.isBefore(probationEnd(member))) {
            throw new MemberProblem("member.recognize.tooEarly", probationEnd(member));
        }
        step(member, StatusStep.RECOGNIZED, officialOn, decisionNumber, orDefault(note, "Công nhận đảng viên chính thức"));
        member.recognized(officialOn);
        return member;
    }

    /** The day the probation is over: recognition may take effect from then. */
    public LocalDate probationEnd(Member member) {
        return member.getCeremonyDate().plus(rules.probation());
    }

    /** Miễn sinh hoạt: on the member's own request (age, health), by the cell's decision; reversible. */
    @Transactional
    public Member exempt(long memberId, String decisionNumber, LocalDate effectiveOn, String reason) {
        return dated(memberId, StatusStep.EXEMPTED, decisionNumber, effectiveOn, reason, false);
    }

    @Transactional
    public Member endExemption(long memberId, String decisionNumber, LocalDate effectiveOn, String reason) {
        return dated(memberId, StatusStep.EXEMPTION_ENDED, decisionNumber, effectiveOn, reason, false);
    }

    @Transactional
    public Member suspend(long memberId, String decisionNumber, LocalDate effectiveOn, String reason) {
        return dated(memberId, StatusStep.SUSPENDED, decisionNumber, effectiveOn, reason, true);
    }

    @Transactional
    public Member reinstate(long memberId, String decisionNumber, LocalDate effectiveOn, String reason) {
        return dated(memberId, StatusStep.REINSTATED, decisionNumber, effectiveOn, reason, true);
    }

    /** Ra khỏi Đảng (xoá tên, khai trừ…), or a candidate no longer followed: final. */
    @Transactional
    public Member remove(long memberId, String decisionNumber, LocalDate effectiveOn, String reason) {
        return dated(memberId, StatusStep.REMOVED, decisionNumber, effectiveOn, reason, true);
    }

    private Member dated(long memberId, StatusStep step, String decisionNumber, LocalDate effectiveOn, String reason,
            boolean decisionRequired) {
        Member member = managed(memberId);
        if (decisionRequired) {
            requireDecision(decisionNumber);
        }
        notInFuture(effectiveOn);
        step(member, step, effectiveOn, decisionNumber, reason);
        return member;
    }

    private void step(Member member, StatusStep step, LocalDate effectiveOn, String decisionNumber, String reason) {
        member.getStatusHistory().stream().map(MemberStatusChange::getEffectiveOn).max(LocalDate::compareTo)
                .filter(effectiveOn::isBefore)
                .ifPresent(latest -> {
                    throw new MemberProblem("member.error.dateBeforeCurrent", latest);
                });
        MemberStatus before = member.getStatus();
        member.step(step, effectiveOn, decisionNumber, reason, clock.instant(), currentUser.require().getUsername());
        auditLog.record("member." + step.name().toLowerCase(java.util.Locale.ROOT), MemberService.AUDIT_TYPE,
                member.getId(), String.valueOf(before), member.getStatus() + " từ " + effectiveOn
                        + (Texts.isBlank(decisionNumber) ? "" : ", quyết định " + decisionNumber.strip()));
    }

    private Member managed(long memberId) {
        currentUser.requireMember(memberId);
        return members.findWithHistory(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
    }

    private static void requireDecision(String decisionNumber) {
        if (Texts.isBlank(decisionNumber)) {
            throw new MemberProblem("member.error.decisionRequired");
        }
    }

    private void notInFuture(LocalDate date) {
        if (date == null) {
            throw new MemberProblem("member.error.statusDateRequired");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new MemberProblem("member.error.dateInFuture");
        }
    }

    /** The history keeps a reason for every step; the decision itself is reason enough for these. */
    private static String orDefault(String note, String step) {
        return Texts.isBlank(note) ? step : note;
    }
}
