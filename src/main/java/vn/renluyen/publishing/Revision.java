package vn.renluyen.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/** One saved version of an item's text, never changed afterwards: who, when, from where. */
@Entity
@Table(name = "revision")
public class Revision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private EditorialItem item;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private RevisionSource source;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column
    private String note;

    protected Revision() {
    }

    Revision(EditorialItem item, int number, Draft draft, RevisionSource source, String author, Instant createdAt,
            String note) {
        this.item = item;
        this.number = number;
        this.title = draft.title();
        this.summary = draft.summary();
        this.body = draft.body();
        this.source = source;
        this.author = author;
        this.createdAt = createdAt;
        this.note = note;
    }

    public Draft draft() {
        return new Draft(title, summary, body);
    }

    public long itemId() {
        return item.getId();
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public RevisionSource getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }
}
