package vn.renluyen.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.renluyen.base.AbstractEntity;

/** One round of a contest; its attempts are those with the subject {@code round:<id>}. */
@Entity
@Table(name = "contest_round")
public class ContestRound extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contest_id")
    private Contest contest;

    @Column(nullable = false)
    private int number;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    protected ContestRound() {
    }

    ContestRound(Contest contest, RoundSchedule.Window window) {
        this.contest = contest;
        this.number = window.number();
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
    }

    void move(RoundSchedule.Window window) {
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
    }

    /** Open from the opening instant up to, not including, the closing one. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    QuizSubject subject() {
        return QuizSubject.contestRound(getId());
    }

    Contest getContest() {
        return contest;
    }

    public int getNumber() {
        return number;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }
}
