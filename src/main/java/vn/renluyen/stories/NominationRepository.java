package vn.renluyen.stories;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByStatusOrderByNominatedAtAsc(NominationStatus status);

    List<Nomination> findAllByOrderByNominatedAtDesc();

    boolean existsByMemberIdAndStatus(long memberId, NominationStatus status);
}
