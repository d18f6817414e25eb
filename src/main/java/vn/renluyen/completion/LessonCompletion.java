package vn.renluyen.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;

/**
 * A lesson read to the end and, if it has a quiz, passed. Written only by {@link CompletionRecorder}'s
 * native insert (so a race never writes twice); this mapping is for reading.
 */
@Entity
@Table(name = "lesson_completion")
class LessonCompletion extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "content_version", nullable = false)
    private String contentVersion;

    @Column(name = "attempt_id")
    private Long attemptId;

    protected LessonCompletion() {
    }

    long getAccountId() {
        return accountId;
    }

    Long getMemberId() {
        return memberId;
    }

    long getModuleId() {
        return moduleId;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    String getContentVersion() {
        return contentVersion;
    }

    Long getAttemptId() {
        return attemptId;
    }
}
