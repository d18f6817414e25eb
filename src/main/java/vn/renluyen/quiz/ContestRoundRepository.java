package vn.renluyen.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContestRoundRepository extends JpaRepository<ContestRound, Long> {

    @EntityGraph(attributePaths = "contest")
    Optional<ContestRound> findWithContestById(long id);
}
