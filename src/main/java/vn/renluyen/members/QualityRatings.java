package vn.renluyen.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Texts;
import vn.renluyen.security.CurrentUser;

/**
 * Yearly quality ratings (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW; numbers in {@link RatingRules}): the
 * member assesses themself, the cell (the member's secretary chain) proposes, the competent level (the
 * chain of the organization above the member's, or ADMIN) decides. The band follows the points, a forced
 * condition makes it "không hoàn thành", and the "xuất sắc" quota is checked per group at the decision.
 * Exempt, suspended and recently admitted members are not rated.
 */
@Service
public class QualityRatings {

    private final QualityRatingRepository ratings;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final QuotaAllowanceRepository allowances;
    private final OrganizationService organizationService;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final RatingRules rules;
    private final Clock clock;

    QualityRatings(QualityRatingRepository ratings, MemberRepository members, OrganizationRepository organizations,
            QuotaAllowanceRepository allowances, OrganizationService organizationService, CurrentUser currentUser, AuditLog auditLog, RatingRules rules, Clock clock) {
        this.ratings = ratings;
        this.members = members;
        this.organizations = organizations;
        this.allowances = allowances;
        this.organizationService = organizationService;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.rules = rules;
        this.clock = clock;
    }

    /** Why a member is not rated for a year, if they are not. */
    public enum Exclusion {
        NOT_A_MEMBER, EXEMPT, SUSPENDED, RECENTLY_ADMITTED;

        public String translationKey() {
            return "rating.excluded." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The rating is counted at the end of the year, or today while the year runs. */
    public Optional<Exclusion> exclusion(Member member, int year) {
        return switch (member.getStatus()) {
            case CANDIDATE, REMOVED -> Optional.of(Exclusion.NOT_A_MEMBER);
            case EXEMPT -> Optional.of(Exclusion.EXEMPT);
            case SUSPENDED -> Optional.of(Exclusion.SUSPENDED);
            case PROBATIONARY, OFFICIAL -> {
                LocalDate reference = LocalDate.of(year, 12, 31);
                LocalDate today = LocalDate.now(clock);
                LocalDate at = reference.isAfter(today) ? today : reference;
                LocalDate admitted = member.getCeremonyDate();
                yield admitted != null && admitted.plus(rules.minimumMembership()).isAfter(at)
                        ? Optional.of(Exclusion.RECENTLY_ADMITTED) : Optional.empty();
            }
        };
    }

    @Transactional
    public QualityRating selfAssess(int year, Score score, String note) {
        Long memberId = currentUser.require().memberId();
        if (memberId == null) {
            throw new AccessDeniedException("No member record");
        }
        QualityRating rating = rateable(memberId, year);
        rating.selfAssess(score.checked(rules), plain(note));
        auditLog.record("rating.selfAssessed", MemberService.AUDIT_TYPE, memberId, null, year + ": " + score.total());
        return rating;
    }

    @Transactional
    public QualityRating propose(long memberId, int year, Score score, Set<ForcedReason> forced, Set<String> conditionsMet,
            String note) {
        currentUser.requireMember(memberId);
        QualityRating rating = rateable(memberId, year);
        Set<ForcedReason> conditions = forced == null ? Set.of() : Set.copyOf(forced);
        RatingBand band = conditions.isEmpty()
                ? rules.band(score.checked(rules).total(), conditionsMet == null ? Set.of() : conditionsMet)
                : RatingBand.NOT_COMPLETED;
        rating.propose(score.checked(rules), conditions, band, plain(note), currentUser.require().getUsername());
        auditLog.record("rating.proposed", MemberService.AUDIT_TYPE, memberId, null,
                year + ": " + score.total() + " điểm, " + band + (conditions.isEmpty() ? "" : " (bắt buộc: " + conditions + ")"));
        return rating;
    }

    /**
     * The competent level's decision: never a better band than the proposal's points reach (nor than
     * "không hoàn thành" under a forced condition), and within the group's "xuất sắc" quota.
     */
    @Transactional
    public QualityRating decide(long memberId, int year, RatingBand band, String decisionNumber) {
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        requireCompetentLevel(member);
        QualityRating rating = ratings.findByMemberIdAndYear(memberId, year)
                .filter(r -> r.getProposedBand() != null)
                .orElseThrow(() -> new MemberProblem("rating.error.noProposal"));
        if (band == null) {
            throw new MemberProblem("rating.error.bandRequired");
        }
        if (band.above(rating.getProposedBand())) {
            throw new MemberProblem("rating.error.aboveProposal");
        }
        if (band == RatingBand.EXCELLENT) {
            checkQuota(rating);
        }
        rating.decide(band, plain(decisionNumber), currentUser.require().getUsername(), clock.instant());
        auditLog.record("rating.decided", MemberService.AUDIT_TYPE, memberId, String.valueOf(rating.getProposedBand()),
                year + ": " + band);
        return rating;
    }

    /** The quota counts the group's decisions plus this one; deciding the "tốt" ones first makes room. */
    private void checkQuota(QualityRating rating) {
        Map<RatingBand, Long> decided = ratings.lockGroup(rating.getOrganizationId(), rating.getYear()).stream()
                .filter(r -> r.getDecidedBand() != null && !r.getId().equals(rating.getId()))
                .collect(Collectors.groupingBy(QualityRating::getDecidedBand, Collectors.counting()));
        int good = decided.getOrDefault(RatingBand.GOOD, 0L).intValue();
        int excellent = decided.getOrDefault(RatingBand.EXCELLENT, 0L).intValue() + 1;
        int percent = quotaPercent(rating.getOrganizationId(), rating.getYear());
        int allowed = RatingRules.excellentAllowed(good, percent);
        if (excellent > allowed) {
            throw new MemberProblem("rating.error.quota", good, percent, allowed);
        }
    }

    /** The group's quota for the year: the configured one, or the raised one the competent level allowed. */
    @Transactional(readOnly = true)
    public int quotaPercent(long organizationId, int year) {
        return allowances.findByOrganizationIdAndYear(organizationId, year).map(QuotaAllowance::getPercent)
                .orElse(rules.excellentQuotaPercent());
    }

    /** The competent level (the chain above the group, or ADMIN) allows the group the raised quota. */
    @Transactional
    public void allowRaisedQuota(long organizationId, int year, String decisionNumber) {
        Organization group = organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        if (!mayDecideFor(group)) {
            throw new AccessDeniedException("Organization " + organizationId + ": allowed by the level above");
        }
        if (Texts.isBlank(decisionNumber)) {
            throw new MemberProblem("member.error.decisionRequired");
        }
        if (allowances.findByOrganizationIdAndYear(organizationId, year).isPresent()) {
            throw new MemberProblem("rating.error.quotaAllowed");
        }
        allowances.save(new QuotaAllowance(organizationId, year, rules.raisedQuotaPercent(),
                Texts.nfc(decisionNumber).strip(), currentUser.require().getUsername(), clock.instant()));
        auditLog.record("rating.quotaRaised", OrganizationService.AUDIT_TYPE, organizationId, null,
                year + ": " + rules.raisedQuotaPercent() + "%, quyết định " + decisionNumber.strip());
    }

    /** Whether the current user is the competent level for this group (so may decide and raise its quota). */
    @Transactional(readOnly = true)
    public boolean mayDecideFor(long organizationId) {
        return organizations.findById(organizationId).map(this::mayDecideFor).orElse(false);
    }

    private boolean mayDecideFor(Organization group) {
        return organizationService.mayActAbove(group);
    }

    /** One member's ratings, newest year first: the member, their chain and ADMIN. */
    @Transactional(readOnly = true)
    public List<QualityRating> history(long memberId) {
        if (!currentUser.isSelf(memberId)) {
            currentUser.requireMember(memberId);
        }
        return ratings.findByMemberIdOrderByYearDesc(memberId);
    }

    /** A group's members for a year: each with their rating (if any) or why they are not rated. */
    @Transactional(readOnly = true)
    public List<GroupRow> group(long organizationId, int year) {
        currentUser.requireOrganization(organizationId);
        Map<Long, QualityRating> byMember = ratings.findByOrganizationIdAndYear(organizationId, year).stream()
                .collect(Collectors.toMap(r -> r.getMember().getId(), Function.identity()));
        return members.findByOrganizationId(organizationId).stream()
                .map(m -> new GroupRow(m.getId(), m.getFullName(), m.getStatus(), exclusion(m, year).orElse(null),
                        byMember.get(m.getId()), mayDecide(m)))
                .toList();
    }

    /** The year's ratings of everyone in an organization's subtree (for counts on the dashboard). */
    @Transactional(readOnly = true)
    public List<QualityRating> ofSubtree(long organizationId, int year) {
        currentUser.requireOrganization(organizationId);
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
        return ratings.findInSubtree(organization.getPath(), year);
    }

    public record GroupRow(long memberId, String name, MemberStatus status, Exclusion excluded, QualityRating rating,
            boolean mayDecide) {
    }

    private boolean mayDecide(Member member) {
        return mayDecideFor(member.getOrganization());
    }

    private void requireCompetentLevel(Member member) {
        if (!mayDecide(member)) {
            throw new AccessDeniedException("Member " + member.getId() + ": decided by the level above");
        }
    }

    private QualityRating rateable(long memberId, int year) {
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw new MemberProblem("rating.error.year");
        }
        exclusion(member, year).ifPresent(why -> {
            throw new MemberProblem(why.translationKey());
        });
        return ratings.findByMemberIdAndYear(memberId, year).orElseGet(() -> ratings.save(new QualityRating(member, year)));
    }

    private static String plain(String value) {
        return Texts.isBlank(value) ? null : Texts.nfc(value).strip();
    }
}
