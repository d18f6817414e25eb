package vn.renluyen.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContestRoundRepository extends JpaRepository<ContestRound, Long> {

    /** With everything entering needs, in one query: the entry path runs outside a transaction. */
    @Query("""
            select r from ContestRound r join fetch r.contest c
            left join fetch c.organizations left join fetch c.sources where r.id = :id""")
    Optional<ContestRound> findWithContestById(@Param("id") long id);
}
