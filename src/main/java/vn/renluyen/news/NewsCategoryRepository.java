package vn.renluyen.news;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsCategoryRepository extends JpaRepository<NewsCategory, Long> {

    Optional<NewsCategory> findBySlug(String slug);

    List<NewsCategory> findAllByOrderByIdAsc();
}
