package vn.renluyen.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored upload. Its bytes are files named by this id (see {@link MediaStorage}), never by the user. */
@Entity
@Table(name = "media")
class Media extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MediaKind kind;

    /** What the bytes were found to be; {@link #contentType} is what is delivered (images are re-encoded). */
    @Column(name = "source_type", nullable = false)
    private String sourceType;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    private Integer width;

    private Integer height;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "owner_type", nullable = false)
    private String ownerType;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Media() {
    }

    Media(MediaKind kind, String sourceType, String contentType, String originalName, long byteSize, Integer width,
            Integer height, String sha256, String ownerType, Long ownerId, Instant createdAt, String createdBy) {
        this.kind = kind;
        this.sourceType = sourceType;
        this.contentType = contentType;
        this.originalName = originalName;
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void attachTo(String ownerType, long ownerId) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    StoredMedia view() {
        return new StoredMedia(getId(), kind, contentType, originalName, byteSize, width, height, sha256, ownerType,
                ownerId, createdAt, createdBy);
    }
}
