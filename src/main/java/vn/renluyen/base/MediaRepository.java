package vn.renluyen.base;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediaRepository extends JpaRepository<Media, Long> {

    List<Media> findByOwnerTypeAndOwnerIdOrderByIdAsc(String ownerType, Long ownerId);

    /** Uploads never attached to a record (a form left without saving), oldest first: for retention. */
    @Query("select m.id from Media m where m.ownerId is null and m.createdAt < ?1 order by m.id")
    List<Long> findUnattachedBefore(Instant before);
}
