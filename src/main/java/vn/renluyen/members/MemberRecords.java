package vn.renluyen.members;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * Reading a member record and its sensitive part under the personal-data rules (DESIGN.md; Nghị định
 * 13/2023/NĐ-CP): the member and the secretary chain see it in clear, ADMIN masked, nobody else at all;
 * each view of the sensitive part and each change to it is written to the audit log, without the values.
 */
@Service
public class MemberRecords {

    private final MemberRepository members;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MembershipRules rules;

    MemberRecords(MemberRepository members, CurrentUser currentUser, AuditLog auditLog, MembershipRules rules) {
        this.members = members;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public MemberRecord record(long memberId) {
        MemberRecord.Access access = access(memberId);
        Member m = members.findWithHistory(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        return new MemberRecord(m.getId(), m.details(), m.getStatus(), m.getOrganization().getId(),
                m.getOrganization().getName(), m.getAdmissionDate(), m.getCeremonyDate(), m.getOfficialDate(),
                m.getStatus() == MemberStatus.PROBATIONARY && m.getCeremonyDate() != null
                        ? m.getCeremonyDate().plus(rules.probation()) : null,
                m.getStatusHistory().stream().map(c -> new MemberRecord.Step(c.getKind(), c.getStatus(),
                        c.getEffectiveOn(), c.getDecisionNumber(), c.getReason(), c.getRecordedBy(),
                        c.getRecordedAt())).toList(),
                access, m.getTransferredOutOn(), m.getTransferredOutTo());
    }

    /** The current user's own record, if their account is linked to one. */
    @Transactional(readOnly = true)
    public Optional<MemberRecord> mine() {
        return currentUser.get().map(PortalUser::memberId).filter(id -> members.existsById(id)).map(this::record);
    }

    /** The sensitive part, in clear or masked by who asks; audited either way. */
    @Transactional
    public SensitiveDetails sensitive(long memberId) {
        MemberRecord.Access access = access(memberId);
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        boolean clear = access.seesSensitiveInClear() || currentUser.isSelf(memberId);
        auditLog.record("member.sensitiveViewed", MemberService.AUDIT_TYPE, memberId, null,
                clear ? "xem đầy đủ" : "xem dạng che");
        return clear ? member.sensitive() : member.sensitive().masked();
    }

    /** Only the secretary chain changes the sensitive part; the audit names the fields, never the values. */
    @Transactional
    public void protect(long memberId, SensitiveDetails details) {
        if (!currentUser.inSecretaryChainOf(memberId)) {
            throw new AccessDeniedException("Only the secretary chain changes sensitive data of member " + memberId);
        }
        SensitiveDetails checked = MemberChecks.sensitive(details);
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        String changed = changedFields(member.sensitive(), checked);
        member.protect(checked);
        auditLog.record("member.sensitiveChanged", MemberService.AUDIT_TYPE, memberId, null, changed);
    }

    /** Who changed or viewed what of the record, oldest first: the secretary chain and ADMIN. */
    @Transactional(readOnly = true)
    public java.util.List<vn.renluyen.base.AuditEntry> trail(long memberId) {
        if (!access(memberId).mayEdit()) {
            throw new AccessDeniedException("The audit trail of member " + memberId + " is for the secretary chain");
        }
        return auditLog.historyOf(MemberService.AUDIT_TYPE, memberId);
    }

    private MemberRecord.Access access(long memberId) {
        if (currentUser.inSecretaryChainOf(memberId)) {
            return MemberRecord.Access.SECRETARY;
        }
        if (currentUser.has(Role.ADMIN)) {
            return MemberRecord.Access.ADMIN;
        }
        if (currentUser.isSelf(memberId)) {
            return MemberRecord.Access.SELF;
        }
        throw new AccessDeniedException("Member " + memberId + " is outside the user's scope");
    }

    private static String changedFields(SensitiveDetails before, SensitiveDetails after) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(before.citizenId(), after.citizenId())) {
            names.add("số định danh cá nhân");
        }
        if (!java.util.Objects.equals(before.phone(), after.phone())) {
            names.add("số điện thoại");
        }
        if (!java.util.Objects.equals(before.ethnicity(), after.ethnicity())) {
            names.add("dân tộc");
        }
        if (!java.util.Objects.equals(before.religion(), after.religion())) {
            names.add("tôn giáo");
        }
        if (!java.util.Objects.equals(before.healthNotes(), after.healthNotes())) {
            names.add("ghi chú sức khoẻ");
        }
        return names.isEmpty() ? "không đổi" : "đã sửa: " + String.join(", ", names);
    }
}
