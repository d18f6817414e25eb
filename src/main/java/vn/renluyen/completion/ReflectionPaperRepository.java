package vn.renluyen.completion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReflectionPaperRepository extends JpaRepository<ReflectionPaper, Long> {

    Optional<ReflectionPaper> findByAccountIdAndCourseId(long accountId, long courseId);

    List<ReflectionPaper> findByAccountIdOrderBySubmittedAtAscIdAsc(long accountId);
}
