package vn.renluyen.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfImprovementPlanRepository extends JpaRepository<SelfImprovementPlan, Long> {

    Optional<SelfImprovementPlan> findByMemberIdAndYear(long memberId, int year);

    List<SelfImprovementPlan> findByMemberIdOrderByYearDesc(long memberId);

    List<SelfImprovementPlan> findByYearAndMemberIdIn(int year, Collection<Long> memberIds);
}
