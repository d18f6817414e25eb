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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/**
 * One member's rating for one year: the member's self-assessment, the cell's proposal and the competent
 * level's decision. The group for the "xuất sắc" quota is the organization the member belonged to then.
 */
@Entity
@Table(name = "quality_rating")
public class QualityRating extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "self_general")
    private Integer selfGeneral;

    @Column(name = "self_tasks")
    private Integer selfTasks;

    @Column(name = "self_note")
    private String selfNote;

    @Column(name = "proposed_general")
    private Integer proposedGeneral;

    @Column(name = "proposed_tasks")
    private Integer proposedTasks;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "proposed_band")
    private RatingBand proposedBand;

    @Column(name = "forced_reasons")
    private String forcedReasons;

    @Column(name = "proposal_note")
    private String proposalNote;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decided_band")
    private RatingBand decidedBand;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected QualityRating() {
    }

    QualityRating(Member member, int year) {
        this.member = member;
        this.year = year;
        this.organizationId = member.getOrganization().getId();
    }

    void selfAssess(Score score, String note) {
        requireOpen();
        this.selfGeneral = score.general();
        this.selfTasks = score.tasks();
        this.selfNote = note;
    }

    void propose(Score score, Set<ForcedReason> forced, RatingBand band, String note, String by) {
        requireOpen();
        this.proposedGeneral = score.general();
        this.proposedTasks = score.tasks();
        this.forcedReasons = forced.isEmpty() ? null
                : forced.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.proposedBand = band;
        this.proposalNote = note;
        this.proposedBy = by;
    }

    void decide(RatingBand band, String number, String by, Instant at) {
        requireOpen();
        this.decidedBand = band;
        this.decisionNumber = number;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireOpen() {
        if (decidedBand != null) {
            throw new MemberProblem("rating.error.decided");
        }
    }

    public Set<ForcedReason> forced() {
        return forcedReasons == null ? EnumSet.noneOf(ForcedReason.class)
                : Arrays.stream(forcedReasons.split(",")).map(ForcedReason::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ForcedReason.class)));
    }

    public Member getMember() {
        return member;
    }

    public int getYear() {
        return year;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public Score selfScore() {
        return selfGeneral == null ? null : new Score(selfGeneral, selfTasks);
    }

    public Score proposedScore() {
        return proposedGeneral == null ? null : new Score(proposedGeneral, proposedTasks);
    }

    public String getSelfNote() {
        return selfNote;
    }

    public RatingBand getProposedBand() {
        return proposedBand;
    }

    public String getProposalNote() {
        return proposalNote;
    }

    public RatingBand getDecidedBand() {
        return decidedBand;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }
}
