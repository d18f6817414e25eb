package vn.renluyen.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContestRepository extends JpaRepository<Contest, Long> {

    @EntityGraph(attributePaths = "rounds")
    Optional<Contest> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Contest> findByClosesAtAfterOrderByOpensAtAsc(Instant now);

    List<Contest> findByClosesAtLessThanEqualOrderByClosesAtDesc(Instant now);
}
