package vn.renluyen.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.base.SearchText;

/**
 * Keeps a feature's entries (stories, articles) in step with their editorial items: the search copy
 * follows the published revision, inside the transaction that publishes or archives, so the index
 * (through the outbox), the public lists and the feeds never disagree with the database.
 */
public abstract class PublishedEntries<T extends ItemEntry> {

    private final EditorialService editorial;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    protected PublishedEntries(EditorialService editorial, MarkdownRenderer markdown, Clock clock) {
        this.editorial = editorial;
        this.markdown = markdown;
        this.clock = clock;
    }

    protected abstract ItemKind kind();

    protected abstract String searchType();

    protected abstract Optional<T> byItem(long editorialItemId);

    /** The public page, e.g. {@code /tin-tuc/slug}. */
    protected abstract String url(T entry);

    protected abstract String course(T entry);

    protected abstract String category(T entry);

    /** A feature's own rule on top of "published" (a real member's profile needs their consent). */
    protected boolean mayBePublic(T entry) {
        return true;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void published(ItemPublished event) {
        if (event.kind() == kind()) {
            byItem(event.itemId()).ifPresent(entry -> {
                entry.dateOnce(LocalDate.now(clock));
                refresh(entry);
            });
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void archived(ItemArchived event) {
        if (event.kind() == kind()) {
            byItem(event.itemId()).ifPresent(this::refresh);
        }
    }

    /** Recomputes what search and the public pages see of this entry. */
    public void refresh(T entry) {
        String url = url(entry);
        Optional<Revision> published = mayBePublic(entry)
                ? editorial.publishedRevision(entry.getEditorialItemId()) : Optional.empty();
        entry.showInSearch(published
                .map(revision -> new SearchText(searchType(), entry.getSlug(), url, revision.getTitle(),
                        markdown.searchText(revision.getSummary(), revision.getBody()),
                        course(entry), category(entry), entry.getTags(), true))
                .orElseGet(() -> SearchText.notLive(searchType(), entry.getSlug(), url)));
    }
}
