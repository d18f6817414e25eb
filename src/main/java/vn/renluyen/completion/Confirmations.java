package vn.renluyen.completion;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.base.Texts;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * Online-study confirmations: the holder's own list, public verification by code, revocation by
 * ADMIN or the holder's secretary chain (with a reason, audited), and the PDF.
 */
@Service
public class Confirmations {

    static final String AUDIT_TYPE = "completion_confirmation";
    public static final int MAX_REASON = 2000;

    private final CompletionConfirmationRepository confirmations;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final PortalProperties properties;
    private final Clock clock;
    private final ConfirmationPdf pdf;

    Confirmations(CompletionConfirmationRepository confirmations, CurrentUser currentUser, MemberService members,
            AuditLog auditLog, EntityManager entityManager, PortalProperties properties, Clock clock) {
        this.confirmations = confirmations;
        this.currentUser = currentUser;
        this.members = members;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
        this.pdf = new ConfirmationPdf(clock);
    }

    /** The current user's confirmations, newest first, revoked ones included (so they see what happened). */
    @Transactional(readOnly = true)
    public List<CompletionConfirmation> mine() {
        return confirmations.findByAccountIdOrderByIssuedAtDesc(currentUser.require().accountId());
    }

    /** For anyone: the public facts of a valid confirmation; empty for unknown, malformed or revoked codes. */
    @Transactional(readOnly = true)
    public Optional<VerifiedConfirmation> verify(String code) {
        return check(code) instanceof ConfirmationCheck.Valid valid ? Optional.of(valid.confirmation())
                : Optional.empty();
    }

    @Transactional(readOnly = true)
    public ConfirmationCheck check(String code) {
        Optional<CompletionConfirmation> found = ConfirmationCodes.normalize(code).flatMap(confirmations::findByCode);
        if (found.isEmpty()) {
            return new ConfirmationCheck.Unknown();
        }
        CompletionConfirmation c = found.get();
        return c.isRevoked() ? new ConfirmationCheck.Revoked(LocalDate.ofInstant(c.getRevokedAt(), properties.timeZone()))
                : new ConfirmationCheck.Valid(VerifiedConfirmation.of(c));
    }

    /** ADMIN, or a secretary whose subtree holds the holder's member record; the reason is required. */
    @Transactional
    public CompletionConfirmation revoke(String code, String reason) {
        CompletionConfirmation c = ConfirmationCodes.normalize(code).flatMap(confirmations::findByCode)
                .orElseThrow(() -> new CompletionProblem("completion.error.notFound"));
        if (!mayManage(c)) {
            throw new AccessDeniedException("Confirmation " + c.getId() + " is outside the user's scope");
        }
        String why = Texts.nfc(reason == null ? "" : reason.strip());
        if (why.isEmpty()) {
            throw new CompletionProblem("completion.revoke.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new CompletionProblem("completion.revoke.reasonTooLong");
        }
        c.revoke(why, currentUser.require().getUsername(), clock.instant());
        auditLog.record("completion.revoked", AUDIT_TYPE, c.getId(), "hợp lệ (" + c.getCode() + ")",
                "thu hồi (" + c.getCode() + "): " + why);
        return c;
    }

    /** One member's confirmations, for their record page: the member, their secretary chain and ADMIN. */
    @Transactional(readOnly = true)
    public List<CompletionConfirmation> ofMember(long memberId) {
        if (!currentUser.isSelf(memberId)) {
            currentUser.requireMember(memberId);
        }
        return confirmations.findByMemberIdInOrderByIssuedAtDesc(List.of(memberId));
    }

    /**
     * Confirmations of members in the current secretary's subtrees (every one for ADMIN), newest first;
     * {@code courseId} narrows them to one course when not null.
     */
    @Transactional(readOnly = true)
    public List<CompletionConfirmation> inScope(Long courseId) {
        PortalUser user = currentUser.require();
        if (user.has(Role.ADMIN)) {
            return entityManager.createQuery("""
                    select c from CompletionConfirmation c, CourseCompletion cc
                    where cc.id = c.courseCompletionId and (:courseId is null or cc.courseId = :courseId)
                    order by c.issuedAt desc""", CompletionConfirmation.class)
                    .setParameter("courseId", courseId).getResultList();
        }
        currentUser.requireRole(Role.SECRETARY);
        Collection<Long> memberIds = user.secretaryOf().stream()
                .flatMap(organization -> members.inSubtree(organization).stream())
                .map(Member::getId).distinct().toList();
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select c from CompletionConfirmation c, CourseCompletion cc
                where cc.id = c.courseCompletionId and c.memberId in :members
                  and (:courseId is null or cc.courseId = :courseId)
                order by c.issuedAt desc""", CompletionConfirmation.class)
                .setParameter("members", memberIds).setParameter("courseId", courseId).getResultList();
    }

    /**
     * The printable confirmation, for its holder, their secretary chain and ADMIN; others are refused as
     * if the code did not exist. A revoked paper is not printed again.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(String code) {
        CompletionConfirmation c = ConfirmationCodes.normalize(code).flatMap(confirmations::findByCode)
                .orElseThrow(() -> new CompletionProblem("completion.error.notFound"));
        if (!mayView(c)) {
            throw new AccessDeniedException("Confirmation " + c.getId() + " belongs to someone else");
        }
        if (c.isRevoked()) {
            throw new CompletionProblem("completion.error.revoked");
        }
        return pdf.render(new ConfirmationSheet(c.getHolderName(), c.getCourseTitle(), c.getCompletedOn(),
                c.getContentVersion(), c.getIssuedBy(), c.getCode(), verifyUrl(c.getCode())));
    }

    /** Holder, their secretary chain, ADMIN. */
    private boolean mayView(CompletionConfirmation c) {
        return currentUser.get().map(u -> u.accountId() == c.getAccountId()).orElse(false) || mayManage(c);
    }

    private boolean mayManage(CompletionConfirmation c) {
        return currentUser.has(Role.ADMIN) || c.getMemberId() != null && currentUser.mayManageMember(c.getMemberId());
    }

    public String verifyUrl(String code) {
        return properties.publicUrl().replaceAll("/+$", "") + "/xac-minh/" + code;
    }
}
