package vn.renluyen.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/** A training program (chương trình bồi dưỡng), described by content/courses/<slug>/course.md. */
@Entity
@Table(name = "course")
public class Course extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Audience audience;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column
    private Integer periods;

    @Column(nullable = false)
    private String summary;

    @Column(name = "reflection_paper", nullable = false)
    private boolean reflectionPaper;

    @Column(nullable = false)
    private String introduction;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected Course() {
    }

    public Course(String slug) {
        this.slug = slug;
    }

    /** Course descriptions are plain settings, not editorial items: a changed file replaces them. */
    public void describe(CourseDescription d, String hash) {
        this.title = d.title();
        this.audience = d.audience();
        this.displayOrder = d.order();
        this.periods = d.periods();
        this.summary = d.summary();
        this.reflectionPaper = d.reflectionPaper();
        this.introduction = d.introduction();
        this.contentHash = hash;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public Audience getAudience() {
        return audience;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public Integer getPeriods() {
        return periods;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isReflectionPaper() {
        return reflectionPaper;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getContentHash() {
        return contentHash;
    }
}
