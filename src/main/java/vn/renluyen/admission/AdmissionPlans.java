package vn.renluyen.admission;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;

/**
 * Kế hoạch phát triển đảng viên (Nghị quyết 21-NQ/TW, 2022, III.2.3: plans for the term and for each year):
 * an organization's yearly target, and the progress against it, counted as the admission ceremonies held
 * that year in the organization and everything below it.
 */
@Service
public class AdmissionPlans {

    static final String AUDIT_TYPE = "admission_plan";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_TARGET = 100_000;

    private final AdmissionPlanRepository plans;
    private final OrganizationService organizations;
    private final AdmissionScope scope;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    AdmissionPlans(AdmissionPlanRepository plans, OrganizationService organizations, AdmissionScope scope,
            EntityManager entityManager, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.organizations = organizations;
        this.scope = scope;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code target} is null while no plan is set for the year. */
    public record Progress(long organizationId, int year, Integer target, String note, long admitted) {

        /** Part of the target reached, 0 to 1 (1 also when exceeded); 0 without a target. */
        public double share() {
            return target == null || target == 0 ? 0 : Math.min(1.0, (double) admitted / target);
        }
    }

    @Transactional
    public Progress set(long organizationId, int year, Integer target, String note) {
        Organization organization = organizations.get(organizationId);
        checkYear(year);
        if (target == null) {
            throw new AdmissionProblem("admission.plan.targetRequired");
        }
        if (target < 0 || target > MAX_TARGET) {
            throw new AdmissionProblem("admission.plan.targetRange", MAX_TARGET);
        }
        String cleanNote = AdmissionScope.optional(note, AdmissionScope.MAX_TEXT);
        Optional<AdmissionPlan> existing = plans.findByOrganizationIdAndYear(organizationId, year);
        String before = existing.map(p -> "chỉ tiêu " + p.getTarget()).orElse(null);
        AdmissionPlan plan = existing.orElseGet(() -> new AdmissionPlan(organizationId, year));
        plan.set(target, cleanNote, scope.actor(), clock.instant());
        plans.save(plan);
        audit.record("admission.plan.set", AUDIT_TYPE, organizationId + "/" + year, before,
                "chỉ tiêu " + target + " năm " + year + " cho " + organization.getName());
        return progress(organizationId, year);
    }

    @Transactional(readOnly = true)
    public Progress progress(long organizationId, int year) {
        Organization organization = organizations.get(organizationId);
        checkYear(year);
        Optional<AdmissionPlan> plan = plans.findByOrganizationIdAndYear(organizationId, year);
        Long admitted = entityManager.createQuery("select count(m) from Member m join m.organization o"
                        + " where o.path like :path and m.ceremonyDate between :from and :to", Long.class)
                .setParameter("path", organization.getPath() + "%")
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult();
        return new Progress(organizationId, year, plan.map(AdmissionPlan::getTarget).orElse(null),
                plan.map(AdmissionPlan::getNote).orElse(null), admitted);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new AdmissionProblem("admission.plan.yearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }
}
