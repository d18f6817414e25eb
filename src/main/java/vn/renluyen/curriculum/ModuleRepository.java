package vn.renluyen.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleRepository extends JpaRepository<Module, Long> {

    List<Module> findByCourseOrderByDisplayOrderAscSlugAsc(Course course);

    Optional<Module> findByCourseAndSlug(Course course, String slug);

    Optional<Module> findByEditorialItemId(long editorialItemId);
}
