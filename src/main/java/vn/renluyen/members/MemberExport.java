package vn.renluyen.members;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.security.CurrentUser;

/**
 * The members of an organization's subtree as a table in the import's columns, so an exported file imports back.
 * The sensitive columns are there only for the secretary chain, and each such export is audited (counts only).
 */
@Service
public class MemberExport {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final CurrentUser currentUser;
    private final SecretaryChain secretaryChain;
    private final AuditLog auditLog;
    private final EntityManager entityManager;

    MemberExport(OrganizationRepository organizations, MemberRepository members, CurrentUser currentUser,
            SecretaryChain secretaryChain, AuditLog auditLog, EntityManager entityManager) {
        this.organizations = organizations;
        this.members = members;
        this.currentUser = currentUser;
        this.secretaryChain = secretaryChain;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
    }

    @Transactional
    public Table members(long organizationId) {
        Organization organization = scoped(organizationId);
        boolean sensitive = secretaryChain.covers(organization);
        List<Member> list = members.findInSubtree(organization.getPath());
        Map<Long, Object[]> latest = latestSteps(organization.getPath());
        List<List<Object>> rows = new ArrayList<>(list.size());
        for (Member m : list) {
            Object[] step = latest.getOrDefault(m.getId(), new Object[] {null, null, null});
            MemberDetails d = m.details();
            List<Object> row = new ArrayList<>(List.of(d.familyMiddleName(), d.givenName(), d.birthDate()));
            row.add(d.sex() == null ? null : MemberColumn.SEX_WORDS.get(d.sex()));
            row.addAll(java.util.Arrays.asList(d.hometown(), d.education(), d.occupation(), d.partyCardNumber(),
                    m.getOrganization().getName(), MemberColumn.STATUS_WORDS.get(m.getStatus()), step[1], step[2]));
            if (sensitive) {
                SensitiveDetails s = m.sensitive();
                row.addAll(java.util.Arrays.asList(s.citizenId(), s.phone(), s.ethnicity(), s.religion()));
            }
            rows.add(row);
        }
        if (sensitive) {
            auditLog.record("member.exported", OrganizationService.AUDIT_TYPE, organizationId, null,
                    "xuất danh sách " + list.size() + " hồ sơ, có cột thông tin cần bảo vệ");
        }
        return new Table("Danh sách đảng viên - " + organization.getName(), MemberColumn.headers(sensitive), rows);
    }

    /** The header row alone, with the sensitive columns where the user may fill them. */
    @Transactional(readOnly = true)
    public Table template(long organizationId) {
        Organization organization = scoped(organizationId);
        return new Table("Mẫu nhập đảng viên", MemberColumn.headers(secretaryChain.covers(organization)), List.of());
    }

    /**
     * The step that gave each member their present status: its date is "Từ ngày" and its decision "Số quyết
     * định" (the ceremony for a probationary member, recognition for an official one). One query for the subtree.
     */
    private Map<Long, Object[]> latestSteps(String path) {
        Map<Long, Object[]> latest = new HashMap<>();
        entityManager.createQuery("select c.member.id, c.effectiveOn, c.decisionNumber from MemberStatusChange c "
                        + "where c.member.organization.path like :path order by c.recordedAt, c.id", Object[].class)
                .setParameter("path", path + "%")
                .getResultList()
                .forEach(step -> latest.put((Long) step[0], step));
        return latest;
    }

    private Organization scoped(long organizationId) {
        currentUser.requireOrganization(organizationId);
        return organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
    }
}
