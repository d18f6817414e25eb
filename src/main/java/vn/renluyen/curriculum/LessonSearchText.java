package vn.renluyen.curriculum;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.base.SearchText;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ItemArchived;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.ItemPublished;

/**
 * Keeps each lesson's search text equal to its published revision. Runs inside the transaction
 * that publishes or archives, so the index (through the outbox) never disagrees with the database.
 */
@Component
class LessonSearchText {

    static final String TYPE = "module";

    private final ModuleRepository modules;
    private final EditorialService editorial;
    private final MarkdownRenderer markdown;

    LessonSearchText(ModuleRepository modules, EditorialService editorial, MarkdownRenderer markdown) {
        this.modules = modules;
        this.editorial = editorial;
        this.markdown = markdown;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void published(ItemPublished event) {
        if (event.kind() == ItemKind.MODULE) {
            modules.findByEditorialItemId(event.itemId()).ifPresent(this::refresh);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void archived(ItemArchived event) {
        if (event.kind() == ItemKind.MODULE) {
            modules.findByEditorialItemId(event.itemId()).ifPresent(this::refresh);
        }
    }

    void refresh(Module module) {
        String url = "/khoa-hoc/" + module.getCourse().getSlug() + "/" + module.getSlug();
        module.showInSearch(editorial.publicItem(module.getEditorialItemId())
                .flatMap(item -> editorial.publishedRevision(module.getEditorialItemId()))
                .map(revision -> new SearchText(TYPE, module.getSlug(), url, revision.getTitle(),
                        markdown.searchText(revision.getSummary(), revision.getBody()),
                        module.getCourse().getSlug(), null, true))
                .orElseGet(() -> SearchText.notLive(TYPE, module.getSlug(), url)));
    }
}
