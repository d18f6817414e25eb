package vn.renluyen.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.base.SearchText;
import vn.renluyen.base.Texts;

/**
 * A feature's row beside one editorial item written in the portal or in content/ (a story, an
 * article): its address, tags, the date readers see, and the published text as search sees it.
 * The text itself stays in the item's revisions.
 */
@MappedSuperclass
public abstract class ItemEntry extends AbstractEntity {

    public static final int MAX_TAGS = 12;
    public static final int MAX_TAG_LENGTH = 60;

    /** At most {@link #MAX_TAGS} tags of at most {@link #MAX_TAG_LENGTH} characters each. */
    public static boolean tagsFit(List<String> tags) {
        return tags.size() <= MAX_TAGS
                && tags.stream().allMatch(t -> t == null || t.strip().length() <= MAX_TAG_LENGTH);
    }

    @Column(nullable = false)
    private String slug;

    @Column(name = "editorial_item_id", nullable = false, unique = true)
    private long editorialItemId;

    @Column(nullable = false)
    private String tags = "";

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Embedded
    @IndexedEmbedded(name = "text")
    private SearchText text;

    protected ItemEntry() {
    }

    protected ItemEntry(String slug, long editorialItemId, String searchType) {
        this.slug = slug;
        this.editorialItemId = editorialItemId;
        this.text = SearchText.notLive(searchType, slug, null);
    }

    /** Tags as typed, NFC, without blanks or repeats (case-insensitive), at most {@link #MAX_TAGS}. */
    protected void tag(List<String> tags) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> kept = tags.stream().map(Texts::nfc).filter(t -> !Texts.isBlank(t))
                .map(t -> t.replaceAll("\\s+", " "))
                .filter(t -> seen.add(t.toLowerCase(java.util.Locale.ROOT))).limit(MAX_TAGS).toList();
        this.tags = String.join("\n", kept);
    }

    /** The date shown to readers; set from content/ or on the first publication. */
    public void dateOnce(LocalDate date) {
        if (publishedOn == null) {
            publishedOn = date;
        }
    }

    protected void redate(LocalDate date) {
        this.publishedOn = date;
    }

    public void showInSearch(SearchText text) {
        this.text = text;
    }

    public String getSlug() {
        return slug;
    }

    public long getEditorialItemId() {
        return editorialItemId;
    }

    public List<String> getTags() {
        return tags.isBlank() ? List.of() : Arrays.stream(tags.split("\n")).toList();
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public SearchText getText() {
        return text;
    }

    /** Live for readers: the search copy follows the published revision (and any feature rule). */
    public boolean isPublic() {
        return text != null && text.isLive();
    }
}
