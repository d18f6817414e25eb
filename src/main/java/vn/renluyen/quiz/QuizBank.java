package vn.renluyen.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.renluyen.base.AbstractEntity;

/** The question bank of one lesson; its YAML text lives in the revisions of an editorial item. */
@Entity
@Table(name = "quiz_bank")
public class QuizBank extends AbstractEntity {

    @Column(name = "module_id", nullable = false, unique = true)
    private long moduleId;

    @Column(name = "editorial_item_id", nullable = false, unique = true)
    private long editorialItemId;

    protected QuizBank() {
    }

    QuizBank(long moduleId, long editorialItemId) {
        this.moduleId = moduleId;
        this.editorialItemId = editorialItemId;
    }

    public long getModuleId() {
        return moduleId;
    }

    public long getEditorialItemId() {
        return editorialItemId;
    }
}
