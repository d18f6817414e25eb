package vn.renluyen.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.renluyen.base.AbstractEntity;

/** A news category (chuyên mục) from content/vocabulary.yml. */
@Entity
@Table(name = "news_category")
public class NewsCategory extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    protected NewsCategory() {
    }

    NewsCategory(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }
}
