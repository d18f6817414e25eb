package vn.renluyen.admission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionPlanRepository extends JpaRepository<AdmissionPlan, Long> {

    Optional<AdmissionPlan> findByOrganizationIdAndYear(long organizationId, int year);
}
