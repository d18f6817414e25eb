package vn.renluyen.stories;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExemplaryProfileRepository extends JpaRepository<ExemplaryProfile, Long> {

    Optional<ExemplaryProfile> findBySlug(String slug);

    Optional<ExemplaryProfile> findByEditorialItemId(long editorialItemId);

    boolean existsBySlug(String slug);

    List<ExemplaryProfile> findByMemberId(long memberId);

    List<ExemplaryProfile> findByTextLiveTrueOrderByPublishedOnDescIdDesc();
}
