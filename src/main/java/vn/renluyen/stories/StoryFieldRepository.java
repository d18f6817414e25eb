package vn.renluyen.stories;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoryFieldRepository extends JpaRepository<StoryField, Long> {

    Optional<StoryField> findBySlug(String slug);

    List<StoryField> findAllByOrderByIdAsc();
}
