package vn.renluyen.admission;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.members.Member;

/** The admission file of one candidate: its stages, recorded in order, and the helpers. */
@Entity
@Table(name = "candidate_file")
public class CandidateFile extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "planned_vote_on")
    private LocalDate plannedVoteOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private FileState state = FileState.OPEN;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("doneOn ASC, id ASC")
    private List<StageRecord> stages = new ArrayList<>();

    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<HelperAssignment> helpers = new ArrayList<>();

    protected CandidateFile() {
    }

    CandidateFile(Member member, LocalDate openedOn, String openedBy, Instant openedAt) {
        this.member = member;
        this.openedOn = openedOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** The stage to record next; empty once the ceremony is recorded. */
    public Optional<Stage> nextStage() {
        return latest().map(s -> s.getStage().next()).orElse(Optional.of(Stage.AWARENESS_COURSE));
    }

    public Optional<StageRecord> latest() {
        return stages.stream().max(java.util.Comparator.comparing(s -> s.getStage().ordinal()));
    }

    public Optional<StageRecord> stage(Stage stage) {
        return stages.stream().filter(s -> s.getStage() == stage).findFirst();
    }

    StageRecord add(Stage stage, LocalDate doneOn, String number, String note, String by, Instant at) {
        StageRecord record = new StageRecord(this, stage, doneOn, number, note, by, at);
        stages.add(record);
        if (stage == Stage.CEREMONY) {
            state = FileState.ADMITTED;
        }
        return record;
    }

    HelperAssignment assign(Member helper, String resolutionNumber, LocalDate resolutionDate, String by, Instant at) {
        HelperAssignment assignment = new HelperAssignment(this, helper, resolutionNumber, resolutionDate, by, at);
        helpers.add(assignment);
        return assignment;
    }

    void planVote(LocalDate on) {
        this.plannedVoteOn = on;
    }

    public Member getMember() {
        return member;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getPlannedVoteOn() {
        return plannedVoteOn;
    }

    public FileState getState() {
        return state;
    }

    public List<StageRecord> getStages() {
        return Collections.unmodifiableList(stages);
    }

    public List<HelperAssignment> getHelpers() {
        return Collections.unmodifiableList(helpers);
    }
}
