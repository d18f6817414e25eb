package vn.renluyen.admission;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.renluyen.base.Texts;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.CurrentUser;

/**
 * The server-side checks every admission operation runs first: the member must be inside the user's scope
 * (an id outside it is refused like any other, AccessDenied before anything is read), and the committee's
 * acts belong to the secretary chain of the parent organization of the member's cell, or ADMIN.
 */
@Component
class AdmissionScope {

    static final int MAX_NUMBER = 60;
    static final int MAX_TEXT = 2000;

    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final OrganizationService organizations;

    AdmissionScope(CurrentUser currentUser, EntityManager entityManager, OrganizationService organizations) {
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.organizations = organizations;
    }

    Member member(long memberId) {
        currentUser.requireMember(memberId);
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new AdmissionProblem("admission.error.noMember");
        }
        return member;
    }

    /** Readable by the chain, ADMIN and the member themselves (their own record page). */
    Member readable(long memberId) {
        if (!currentUser.isSelf(memberId)) {
            currentUser.requireMember(memberId);
        }
        Member member = entityManager.find(Member.class, memberId);
        if (member == null) {
            throw new AdmissionProblem("admission.error.noMember");
        }
        return member;
    }

    boolean mayActForCommittee(Member member) {
        return organizations.mayActAbove(member.getOrganization());
    }

    void requireCommittee(Member member) {
        if (!mayActForCommittee(member)) {
            throw new AccessDeniedException("Only the parent organization's chain records the committee's acts");
        }
    }

    List<Member> inSubtree(String path, MemberStatus status) {
        return entityManager.createQuery("select m from Member m join fetch m.organization o where o.path like :path"
                        + " and m.status = :status and m.transferredOutOn is null order by m.givenName, m.familyMiddleName, m.id", Member.class)
                .setParameter("path", path + "%").setParameter("status", status).getResultList();
    }

    String actor() {
        return currentUser.require().getUsername();
    }

    static String required(String value, String key, int max) {
        if (Texts.isBlank(value)) {
            throw new AdmissionProblem(key);
        }
        String cleaned = Texts.nfc(value).strip();
        if (cleaned.length() > max) {
            throw new AdmissionProblem("admission.error.tooLong", max);
        }
        return cleaned;
    }

    static String optional(String value, int max) {
        return Texts.isBlank(value) ? null : required(value, "admission.error.tooLong", max);
    }

    static LocalDate pastDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new AdmissionProblem("admission.error.dateRequired");
        }
        if (date.isAfter(today)) {
            throw new AdmissionProblem("admission.error.dateInFuture");
        }
        return date;
    }
}
