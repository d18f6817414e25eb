package vn.renluyen.curriculum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadingProgressRepository extends JpaRepository<ReadingProgress, Long> {

    Optional<ReadingProgress> findByAccountIdAndModuleId(long accountId, long moduleId);

    @org.springframework.data.jpa.repository.Query("select p.accountId, max(p.lastOpenedAt) from ReadingProgress p"
            + " where p.accountId in ?1 group by p.accountId")
    List<Object[]> lastOpenedByAccount(Collection<Long> accountIds);

    List<ReadingProgress> findByAccountIdAndModuleIdIn(long accountId, Collection<Long> moduleIds);
}
