package vn.renluyen.members;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuotaAllowanceRepository extends JpaRepository<QuotaAllowance, Long> {

    Optional<QuotaAllowance> findByOrganizationIdAndYear(long organizationId, int year);
}
