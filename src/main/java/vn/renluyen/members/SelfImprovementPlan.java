package vn.renluyen.members;

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

/**
 * Kế hoạch phấn đấu, rèn luyện: the member writes the year's plan, the cell checks it (approves or
 * returns it with a comment), and at the year's end the member reviews themself against it — the base of
 * the year-end rating (Nghị quyết 21-NQ/TW, mục III.2).
 */
@Entity
@Table(name = "self_improvement_plan")
public class SelfImprovementPlan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "political_study")
    private String politicalStudy;

    @Column
    private String work;

    @Column
    private String ethics;

    @Column(name = "cell_tasks")
    private String cellTasks;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "self_review")
    private String selfReview;

    @Column(name = "self_reviewed_at")
    private Instant selfReviewedAt;

    protected SelfImprovementPlan() {
    }

    SelfImprovementPlan(Member member, int year) {
        this.member = member;
        this.year = year;
    }

    /** The member writes while the plan is a draft or returned; saving and submitting are one act. */
    void write(PlanText text, boolean submit, Instant now) {
        if (status == PlanStatus.SUBMITTED || status == PlanStatus.APPROVED) {
            throw new MemberProblem("plan.error.locked");
        }
        this.politicalStudy = text.politicalStudy();
        this.work = text.work();
        this.ethics = text.ethics();
        this.cellTasks = text.cellTasks();
        if (submit) {
            this.status = PlanStatus.SUBMITTED;
            this.submittedAt = now;
        }
    }

    void review(boolean approve, String comment, String by, Instant now) {
        if (status != PlanStatus.SUBMITTED) {
            throw new MemberProblem("plan.error.notSubmitted");
        }
        this.status = approve ? PlanStatus.APPROVED : PlanStatus.RETURNED;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    void selfReview(String text, Instant now) {
        if (status != PlanStatus.APPROVED) {
            throw new MemberProblem("plan.error.notApproved");
        }
        this.selfReview = text;
        this.selfReviewedAt = now;
    }

    public Member getMember() {
        return member;
    }

    public int getYear() {
        return year;
    }

    public PlanText text() {
        return new PlanText(politicalStudy, work, ethics, cellTasks);
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getSelfReview() {
        return selfReview;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
