package vn.renluyen.members;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QualityRatingRepository extends JpaRepository<QualityRating, Long> {

    Optional<QualityRating> findByMemberIdAndYear(long memberId, int year);

    List<QualityRating> findByMemberIdOrderByYearDesc(long memberId);

    List<QualityRating> findByOrganizationIdAndYear(long organizationId, int year);

    /** Locks the group's decided rows, so two decisions at once cannot both slip under the quota. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from QualityRating r where r.organizationId = ?1 and r.year = ?2")
    List<QualityRating> lockGroup(long organizationId, int year);

    @Query("select r from QualityRating r join fetch r.member m join m.organization o"
            + " where r.year = ?2 and o.path like concat(?1, '%')")
    List<QualityRating> findInSubtree(String pathPrefix, int year);
}
