package vn.renluyen.curriculum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadingProgressRepository extends JpaRepository<ReadingProgress, Long> {

    Optional<ReadingProgress> findByAccountIdAndModuleId(long accountId, long moduleId);

    List<ReadingProgress> findByAccountIdAndModuleIdIn(long accountId, Collection<Long> moduleIds);
}
