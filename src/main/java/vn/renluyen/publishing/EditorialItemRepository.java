package vn.renluyen.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditorialItemRepository extends JpaRepository<EditorialItem, Long> {

    List<EditorialItem> findByStateAndScheduledForLessThanEqual(EditorialState state, Instant now);

    List<EditorialItem> findByStateInOrderByUpdatedAtDesc(Collection<EditorialState> states);

    List<EditorialItem> findAllByOrderByUpdatedAtDesc();
}
