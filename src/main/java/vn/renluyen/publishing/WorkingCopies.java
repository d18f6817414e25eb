package vn.renluyen.publishing;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MarkdownRenderer;

/**
 * Keeps each item's {@link WorkingCopy} equal to its newest revision and its state. {@link EditorialService}
 * calls it in the same transaction as every new revision and every step, so Hibernate Search's outbox carries
 * the change with the commit. At start-up it writes the copies of items that have none (items from before the
 * copies existed), before the search index is checked (SearchIndexOnStart, order 30).
 */
@Component
@Order(15)
class WorkingCopies implements ApplicationRunner {

    /** The kinds readers search; question banks (YAML) are not searched. */
    static final Set<ItemKind> SEARCHED = EnumSet.of(ItemKind.MODULE, ItemKind.STORY, ItemKind.ARTICLE);
    private static final Logger log = LoggerFactory.getLogger(WorkingCopies.class);

    private final EntityManager entityManager;
    private final RevisionRepository revisions;
    private final MarkdownRenderer markdown;

    WorkingCopies(EntityManager entityManager, RevisionRepository revisions, MarkdownRenderer markdown) {
        this.entityManager = entityManager;
        this.revisions = revisions;
        this.markdown = markdown;
    }

    /** The item has a new newest revision (saved, restored, imported). */
    @Transactional(propagation = Propagation.MANDATORY)
    void newest(EditorialItem item, int number, Draft draft) {
        if (!SEARCHED.contains(item.getKind())) {
            return;
        }
        String text = markdown.searchText(draft.summary(), draft.body());
        WorkingCopy copy = entityManager.find(WorkingCopy.class, item.getId());
        if (copy == null) {
            entityManager.persist(new WorkingCopy(item, number, draft.title(), text));
        } else {
            copy.show(item, number, draft.title(), text);
        }
    }

    /** The item moved (submitted, returned, scheduled, published, archived, back to draft). */
    @Transactional(propagation = Propagation.MANDATORY)
    void follow(EditorialItem item) {
        if (SEARCHED.contains(item.getKind())) {
            WorkingCopy copy = entityManager.find(WorkingCopy.class, item.getId());
            if (copy != null) {
                copy.follow(item);
            }
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int written = fillMissing();
        if (written > 0) {
            log.info("Wrote the working copies of {} editorial items for staff search", written);
        }
    }

    /** Writes the copy of every searched item that has none; returns how many. */
    @Transactional
    int fillMissing() {
        List<EditorialItem> missing = entityManager.createQuery("select i from EditorialItem i where i.kind in :kinds"
                + " and not exists (select c from WorkingCopy c where c.itemId = i.id)", EditorialItem.class)
                .setParameter("kinds", SEARCHED).getResultList();
        for (EditorialItem item : missing) {
            revisions.find(item.getId(), item.getLatestRevision())
                    .ifPresent(revision -> newest(item, revision.getNumber(), revision.draft()));
        }
        return missing.size();
    }
}
