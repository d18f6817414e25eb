package vn.renluyen.admission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidateFileRepository extends JpaRepository<CandidateFile, Long> {

    @Query("select f from CandidateFile f join fetch f.member m join fetch m.organization where m.id = ?1")
    Optional<CandidateFile> findByMemberId(long memberId);

    @Query("select f from CandidateFile f join fetch f.member m join fetch m.organization o where o.path like concat(?1, '%')")
    List<CandidateFile> findInSubtree(String pathPrefix);
}
