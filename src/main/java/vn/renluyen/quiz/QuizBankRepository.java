package vn.renluyen.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizBankRepository extends JpaRepository<QuizBank, Long> {

    Optional<QuizBank> findByModuleId(long moduleId);
}
