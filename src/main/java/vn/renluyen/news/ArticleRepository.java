package vn.renluyen.news;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    Optional<Article> findByEditorialItemId(long editorialItemId);

    boolean existsBySlug(String slug);

    List<Article> findByTextLiveTrueOrderByPublishedOnDescIdDesc(Pageable page);

    List<Article> findByTextLiveTrueAndCategorySlugOrderByPublishedOnDescIdDesc(String category, Pageable page);

    long countByTextLiveTrue();

    long countByTextLiveTrueAndCategorySlug(String category);
}
