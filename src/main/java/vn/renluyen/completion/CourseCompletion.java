package vn.renluyen.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;

/** Every live lesson of a course completed (and its reflection paper accepted, if it asks for one). */
@Entity
@Table(name = "course_completion")
class CourseCompletion extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    /** First 8 characters of the course's content hash, "/", then each lesson's revision read: "3f2a91c0/2.1". */
    @Column(name = "content_version", nullable = false)
    private String contentVersion;

    protected CourseCompletion() {
    }

    long getAccountId() {
        return accountId;
    }

    Long getMemberId() {
        return memberId;
    }

    long getCourseId() {
        return courseId;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    String getContentVersion() {
        return contentVersion;
    }
}
