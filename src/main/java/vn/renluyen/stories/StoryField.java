package vn.renluyen.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.renluyen.base.AbstractEntity;

/** A field (lĩnh vực) of exemplary members, from content/vocabulary.yml. */
@Entity
@Table(name = "story_field")
public class StoryField extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    protected StoryField() {
    }

    StoryField(String slug, String name) {
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
