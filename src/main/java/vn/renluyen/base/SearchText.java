package vn.renluyen.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What a searchable item (lesson, story, article) shows to search: the published title and plain
 * text, where it lives and its facets. Every type embeds this, so all share field names and
 * analyzers (DESIGN.md, "Search design"): exact, exact bigrams, folded, folded bigrams, prefixes.
 */
@Embeddable
public class SearchText {

    @Column(name = "search_type")
    @KeywordField(name = "type", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @Column(name = "search_slug")
    @KeywordField(name = "slug", projectable = Projectable.YES)
    private String slug;

    @Column(name = "search_url")
    @KeywordField(name = "url", projectable = Projectable.YES, searchable = Searchable.NO)
    private String url;

    @Column(name = "search_title")
    @FullTextField(name = "title", analyzer = AnalyzerNames.VI_EXACT, projectable = Projectable.YES)
    @FullTextField(name = "title_bigram", analyzer = AnalyzerNames.VI_EXACT_BIGRAM)
    @FullTextField(name = "title_folded", analyzer = AnalyzerNames.VI_FOLDED)
    @FullTextField(name = "title_folded_bigram", analyzer = AnalyzerNames.VI_FOLDED_BIGRAM)
    @FullTextField(name = "title_prefix", analyzer = AnalyzerNames.VI_AUTOCOMPLETE,
            searchAnalyzer = AnalyzerNames.VI_FOLDED)
    private String title;

    @Column(name = "search_body")
    @FullTextField(name = "body", analyzer = AnalyzerNames.VI_EXACT)
    @FullTextField(name = "body_bigram", analyzer = AnalyzerNames.VI_EXACT_BIGRAM)
    @FullTextField(name = "body_folded", analyzer = AnalyzerNames.VI_FOLDED, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @FullTextField(name = "body_folded_bigram", analyzer = AnalyzerNames.VI_FOLDED_BIGRAM)
    private String body;

    @Column(name = "search_course")
    @KeywordField(name = "course", aggregable = Aggregable.YES)
    private String course;

    @Column(name = "search_category")
    @KeywordField(name = "category", aggregable = Aggregable.YES)
    private String category;

    /** One tag a line; indexed as separate keywords through {@link #getTagList()}. */
    @Column(name = "search_tags")
    private String tags;

    @Column(name = "search_live")
    @GenericField(name = "live")
    private boolean live;

    protected SearchText() {
    }

    public SearchText(String type, String slug, String url, String title, String body, String course,
            String category, boolean live) {
        this(type, slug, url, title, body, course, category, List.of(), live);
    }

    public SearchText(String type, String slug, String url, String title, String body, String course,
            String category, List<String> tags, boolean live) {
        this.tags = tags == null || tags.isEmpty() ? null : String.join("\n", tags);
        this.type = type;
        this.slug = slug;
        this.url = url;
        this.title = title;
        this.body = body;
        this.course = course;
        this.category = category;
        this.live = live;
    }

    public static SearchText notLive(String type, String slug, String url) {
        return new SearchText(type, slug, url, null, null, null, null, false);
    }

    @Transient
    @KeywordField(name = "tags", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getTagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split("\n")).toList();
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isLive() {
        return live;
    }

    public String getUrl() {
        return url;
    }
}
