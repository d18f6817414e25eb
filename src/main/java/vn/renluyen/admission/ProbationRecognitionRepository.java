package vn.renluyen.admission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProbationRecognitionRepository extends JpaRepository<ProbationRecognition, Long> {

    Optional<ProbationRecognition> findByMemberId(long memberId);
}
