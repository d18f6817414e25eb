package vn.renluyen.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Failures;
import vn.renluyen.base.SearchUnavailable;
import vn.renluyen.base.Texts;
import vn.renluyen.security.CurrentUser;

/** Member records, always checked against the current user's scope on the server. */
@Service
public class MemberService {

    static final String AUDIT_TYPE = "member";
    private static final int SEARCH_LIMIT = 50;

    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    MemberService(MemberRepository members, OrganizationRepository organizations, CurrentUser currentUser,
            AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.members = members;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Member register(String familyMiddleName, String givenName, LocalDate birthDate, long organizationId,
            MemberStatus status, LocalDate since, String decisionNumber, String reason) {
        currentUser.requireOrganization(organizationId);
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        organization.requireActive();
        Member member = new Member(familyMiddleName, givenName, birthDate, organization);
        member.register(status, since, decisionNumber, reason, clock.instant(), actor());
        members.save(member);
        auditLog.record("member.registered", AUDIT_TYPE, member.getId(), null,
                member.getFullName() + ", " + status + " từ " + since);
        return member;
    }

    /** The general part of the record; a party card number belongs to one record only. */
    @Transactional
    public Member describe(long memberId, MemberDetails details) {
        Member member = get(memberId);
        MemberDetails checked = MemberChecks.details(details);
        if (checked.partyCardNumber() != null
                && members.existsByPartyCardNumberAndIdNot(checked.partyCardNumber(), memberId)) {
            throw new MemberProblem("member.error.partyCardTaken");
        }
        MemberDetails before = member.details();
        member.describe(checked);
        auditLog.record("member.described", AUDIT_TYPE, memberId, before.toString(), member.details().toString());
        return member;
    }

    @Transactional(readOnly = true)
    public Member get(long memberId) {
        currentUser.requireMember(memberId);
        return members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
    }

    /** Members of an organization and everything below it, in Vietnamese name order. */
    @Transactional(readOnly = true)
    public List<Member> inSubtree(long organizationId) {
        currentUser.requireOrganization(organizationId);
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        return members.findInSubtree(organization.getPath());
    }

    /** Name search with or without diacritics ("nguyen van an" finds "Nguyễn Văn An"), inside the subtree. */
    @Transactional(readOnly = true)
    public List<Member> searchByName(long organizationId, String text) {
        currentUser.requireOrganization(organizationId);
        if (Texts.isBlank(text)) {
            return List.of();
        }
        String path = organizations.findById(organizationId).orElseThrow().getPath();
        SearchSession session = Search.session(entityManager);
        List<Member> hits;
        try {
            hits = session.search(Member.class)
                    .where(f -> f.and(
                            f.match().field("fullName").matching(Texts.nfc(text)).minimumShouldMatchPercent(100),
                            f.wildcard().field("organizationPath").matching(path + "*")))
                    .fetchHits(SEARCH_LIMIT);
        } catch (RuntimeException failure) {
            // A failing index storage: the user reads that search is away (the lists still work); the query,
            // a person's name, stays out of the log.
            if (Failures.isSearchIndexUnavailable(failure)) {
                throw new SearchUnavailable(failure);
            }
            throw failure;
        }
        // Records of members who transferred out of the portal stay indexed but leave the lists.
        return hits.stream().filter(m -> !m.isTransferredOut()).toList();
    }

    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElse("system");
    }
}
