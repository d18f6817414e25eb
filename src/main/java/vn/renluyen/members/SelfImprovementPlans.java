package vn.renluyen.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Texts;
import vn.renluyen.security.CurrentUser;

/** Yearly plans: written and self-reviewed by the member, checked by their secretary chain. */
@Service
public class SelfImprovementPlans {

    public static final int MAX_PART = 4000;

    private final SelfImprovementPlanRepository plans;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    SelfImprovementPlans(SelfImprovementPlanRepository plans, MemberRepository members,
            OrganizationRepository organizations, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.members = members;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The member's own plan for a year: saved as a draft, or submitted (then every part is needed). */
    @Transactional
    public SelfImprovementPlan write(int year, PlanText text, boolean submit) {
        Member member = self();
        if (year < LocalDate.now(clock).getYear() - 1 || year > LocalDate.now(clock).getYear() + 1) {
            throw new MemberProblem("plan.error.year");
        }
        PlanText clean = new PlanText(part(text.politicalStudy()), part(text.work()), part(text.ethics()),
                part(text.cellTasks()));
        if (submit && !clean.isComplete()) {
            throw new MemberProblem("plan.error.incomplete");
        }
        SelfImprovementPlan plan = plans.findByMemberIdAndYear(member.getId(), year)
                .orElseGet(() -> plans.save(new SelfImprovementPlan(member, year)));
        plan.write(clean, submit, clock.instant());
        if (submit) {
            auditLog.record("plan.submitted", MemberService.AUDIT_TYPE, member.getId(), null, String.valueOf(year));
        }
        return plan;
    }

    @Transactional
    public SelfImprovementPlan review(long memberId, int year, boolean approve, String comment) {
        currentUser.requireMember(memberId);
        if (!approve && Texts.isBlank(comment)) {
            throw new MemberProblem("plan.error.commentRequired");
        }
        SelfImprovementPlan plan = plans.findByMemberIdAndYear(memberId, year)
                .orElseThrow(() -> new MemberProblem("plan.error.notSubmitted"));
        plan.review(approve, Texts.isBlank(comment) ? null : Texts.nfc(comment).strip(),
                currentUser.require().getUsername(), clock.instant());
        auditLog.record(approve ? "plan.approved" : "plan.returned", MemberService.AUDIT_TYPE, memberId, null,
                String.valueOf(year));
        return plan;
    }

    /** At the year's end: the member's review of themself against the approved plan. */
    @Transactional
    public SelfImprovementPlan selfReview(int year, String text) {
        Member member = self();
        if (Texts.isBlank(text)) {
            throw new MemberProblem("plan.error.reviewRequired");
        }
        SelfImprovementPlan plan = plans.findByMemberIdAndYear(member.getId(), year)
                .orElseThrow(() -> new MemberProblem("plan.error.notApproved"));
        plan.selfReview(part(text), clock.instant());
        auditLog.record("plan.selfReviewed", MemberService.AUDIT_TYPE, member.getId(), null, String.valueOf(year));
        return plan;
    }

    @Transactional(readOnly = true)
    public List<SelfImprovementPlan> history(long memberId) {
        if (!currentUser.isSelf(memberId)) {
            currentUser.requireMember(memberId);
        }
        return plans.findByMemberIdOrderByYearDesc(memberId);
    }

    /** The year's plans of an organization's subtree by member id (for the secretary's lists and counts). */
    @Transactional(readOnly = true)
    public Map<Long, SelfImprovementPlan> ofSubtree(long organizationId, int year) {
        currentUser.requireOrganization(organizationId);
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        List<Long> ids = members.findInSubtree(organization.getPath()).stream().map(Member::getId).toList();
        return ids.isEmpty() ? Map.of() : plans.findByYearAndMemberIdIn(year, ids).stream()
                .collect(Collectors.toMap(p -> p.getMember().getId(), Function.identity()));
    }

    private Member self() {
        Long memberId = currentUser.require().memberId();
        if (memberId == null) {
            throw new AccessDeniedException("No member record");
        }
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        if (member.getStatus() != MemberStatus.PROBATIONARY && member.getStatus() != MemberStatus.OFFICIAL) {
            throw new MemberProblem("plan.error.notActive");
        }
        return member;
    }

    private static String part(String text) {
        if (Texts.isBlank(text)) {
            return null;
        }
        String clean = Texts.nfc(text).strip();
        if (clean.length() > MAX_PART) {
            throw new MemberProblem("plan.error.tooLong", MAX_PART);
        }
        return clean;
    }
}
