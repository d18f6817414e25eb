package vn.renluyen.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.base.SearchText;

/**
 * A lesson (bài) of a course. Its title, summary and text are revisions of an editorial item
 * (publishing); here are the facts that place it in the course.
 */
@Entity
@Table(name = "module")
@Indexed
public class Module extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private String slug;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column
    private Integer periods;

    @Column(nullable = false)
    private String sources;

    @Column(name = "editorial_item_id", nullable = false, unique = true)
    private long editorialItemId;

    @Embedded
    @IndexedEmbedded(name = "text")
    private SearchText text;

    protected Module() {
    }

    Module(Course course, String slug, long editorialItemId) {
        this.course = course;
        this.slug = slug;
        this.editorialItemId = editorialItemId;
        this.text = SearchText.notLive(LessonSearchText.TYPE, slug, null);
    }

    void place(int order, Integer periods, List<String> sources) {
        this.displayOrder = order;
        this.periods = periods;
        this.sources = String.join("\n", sources);
    }

    /** The published text as search sees it (or not live when nothing is published). */
    void showInSearch(SearchText text) {
        this.text = text;
    }

    public SearchText getText() {
        return text;
    }

    public Course getCourse() {
        return course;
    }

    public String getSlug() {
        return slug;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public Integer getPeriods() {
        return periods;
    }

    public List<String> getSources() {
        return sources.isBlank() ? List.of() : List.of(sources.split("\n"));
    }

    public long getEditorialItemId() {
        return editorialItemId;
    }
}
