package vn.renluyen.curriculum;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PublicLinks;

/** Where a lesson can be read: /khoa-hoc/{course}/{module}. */
@Component
class LessonLinks implements PublicLinks {

    private final ModuleRepository modules;

    LessonLinks(ModuleRepository modules) {
        this.modules = modules;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> publicPath(EditorialItem item) {
        if (item.getKind() != ItemKind.MODULE) {
            return Optional.empty();
        }
        return modules.findByEditorialItemId(item.getId())
                .map(m -> "khoa-hoc/" + m.getCourse().getSlug() + "/" + m.getSlug());
    }
}
