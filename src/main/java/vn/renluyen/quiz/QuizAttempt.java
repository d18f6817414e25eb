package vn.renluyen.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/**
 * One try at a quiz. The drawn paper (with the correct answers) and the answers given are kept as JSON
 * on the row, so a bank edited mid-attempt cannot change what this learner is graded against. Updates
 * write only the changed columns: saving an answer must not rewrite the paper.
 */
@Entity
@Table(name = "quiz_attempt")
@DynamicUpdate
public class QuizAttempt extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "start_key", nullable = false, unique = true)
    private String startKey;

    /** Set while open: the unique index lets each learner hold one open attempt per quiz. */
    @Column(name = "open_slot", unique = true)
    private String openSlot;

    @Column(name = "content_version", nullable = false)
    private String contentVersion;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "answers_saved_at")
    private Instant answersSavedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AttemptStatus status;

    @Column(nullable = false)
    private boolean late;

    @Column(nullable = false)
    private String paper;

    @Column(nullable = false)
    private String answers;

    @Column
    private Double points;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Column(name = "partial_credit", nullable = false)
    private boolean partialCredit;

    @Column
    private Double percent;

    @Column
    private Boolean passed;

    @Column(name = "time_taken_ms")
    private Long timeTakenMs;

    protected QuizAttempt() {
    }

    QuizAttempt(long accountId, Long memberId, QuizSubject subject, int attemptNumber, String startKey,
            AttemptRules rules, String contentVersion, Instant now, String paperJson, int maxPoints) {
        this.accountId = accountId;
        this.memberId = memberId;
        this.subject = subject.key();
        this.attemptNumber = attemptNumber;
        this.startKey = startKey;
        this.openSlot = openSlot(subject, accountId);
        this.contentVersion = contentVersion;
        this.startedAt = now;
        this.deadline = now.plus(rules.timeLimit());
        this.status = AttemptStatus.OPEN;
        this.paper = paperJson;
        this.answers = "{}";
        this.maxPoints = maxPoints;
        this.passPercent = rules.passPercent();
        this.partialCredit = rules.partialCredit();
    }

    static String openSlot(QuizSubject subject, long accountId) {
        return subject.key() + "|" + accountId;
    }

    /** Answers count while the clock allows: until the deadline plus a small grace for the network. */
    boolean acceptsAnswersAt(Instant now, Duration grace) {
        return status == AttemptStatus.OPEN && !now.isAfter(deadline.plus(grace));
    }

    void saveAnswers(String answersJson, Instant now) {
        this.answers = answersJson;
        this.answersSavedAt = now;
    }

    /** Closes the attempt; a late submission is graded on the answers saved in time. */
    void grade(Grader.Score score, Instant submittedAt, boolean late) {
        this.status = AttemptStatus.GRADED;
        this.openSlot = null;
        this.submittedAt = submittedAt;
        this.late = late;
        this.points = score.points();
        this.percent = score.percent();
        this.passed = score.percent() >= passPercent;
        Instant end = submittedAt.isAfter(deadline) ? deadline : submittedAt;
        this.timeTakenMs = Duration.between(startedAt, end).toMillis();
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public QuizSubject getSubject() {
        return QuizSubject.parse(subject);
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    public boolean isLate() {
        return late;
    }

    String getPaper() {
        return paper;
    }

    String getAnswers() {
        return answers;
    }

    public Double getPoints() {
        return points;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public int getPassPercent() {
        return passPercent;
    }

    boolean isPartialCredit() {
        return partialCredit;
    }

    public Double getPercent() {
        return percent;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public Long getTimeTakenMs() {
        return timeTakenMs;
    }

    String getStartKey() {
        return startKey;
    }
}
