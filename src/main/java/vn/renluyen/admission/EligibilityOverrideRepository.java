package vn.renluyen.admission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityOverrideRepository extends JpaRepository<EligibilityOverride, Long> {

    List<EligibilityOverride> findByFileIdOrderByIdAsc(long fileId);
}
