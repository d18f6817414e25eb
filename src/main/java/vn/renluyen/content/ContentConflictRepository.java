package vn.renluyen.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentConflictRepository extends JpaRepository<ContentConflict, Long> {

    Optional<ContentConflict> findByEditorialItemIdAndResolvedAtIsNull(long editorialItemId);

    List<ContentConflict> findByResolvedAtIsNullOrderByDetectedAtDesc();
}
