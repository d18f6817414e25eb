package vn.renluyen.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    @Query("select r from Revision r where r.item.id = ?1 and r.number = ?2")
    Optional<Revision> find(long itemId, int number);

    @Query("select r from Revision r where r.item.id = ?1 order by r.number desc")
    List<Revision> history(long itemId);

    @Query("select count(r) > 0 from Revision r where r.item.id = ?1 and r.number > ?2 and r.source <> ?3")
    boolean existsNewerNotFrom(long itemId, int afterNumber, RevisionSource source);
}
