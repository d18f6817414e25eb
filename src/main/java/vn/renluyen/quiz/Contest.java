package vn.renluyen.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.base.Texts;

/** An online contest: its rules, window, who may enter, where its questions come from, and its rounds. */
@Entity
@Table(name = "contest")
public class Contest extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String rules;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "weekly_rounds", nullable = false)
    private boolean weeklyRounds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_organization", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "organization_id")
    private Set<Long> organizations = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_source", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "module_id")
    private Set<Long> sources = new HashSet<>();

    @Column(name = "questions_per_attempt", nullable = false)
    private int questionsPerAttempt;

    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @Column(name = "attempts_per_round", nullable = false)
    private int attemptsPerRound;

    @Column(name = "partial_credit", nullable = false)
    private boolean partialCredit;

    @Column(nullable = false)
    private boolean prediction;

    @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ContestRound> rounds = new ArrayList<>();

    protected Contest() {
    }

    Contest(String slug, ContestSettings settings) {
        this.slug = slug;
        apply(settings);
    }

    /** Takes the form's values; the rounds follow the window (see {@link RoundSchedule}). */
    void apply(ContestSettings s) {
        this.title = Texts.nfc(s.title().strip());
        this.rules = Texts.nfc(s.rules() == null ? "" : s.rules().strip());
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.weeklyRounds = s.weeklyRounds();
        this.organizations.clear();
        this.organizations.addAll(s.organizations());
        this.sources.clear();
        this.sources.addAll(s.sources());
        this.questionsPerAttempt = s.questionsPerAttempt();
        this.timeLimitMinutes = s.timeLimitMinutes();
        this.attemptsPerRound = s.attemptsPerRound();
        this.partialCredit = s.partialCredit();
        this.prediction = s.prediction();
        reschedule(RoundSchedule.of(opensAt, closesAt, weeklyRounds));
    }

    /**
     * Moves rounds in place rather than replacing them: Hibernate inserts before it deletes, so a new round
     * 1 next to the old round 1 would break the unique (contest, number) key.
     */
    private void reschedule(List<RoundSchedule.Window> windows) {
        for (RoundSchedule.Window window : windows) {
            if (window.number() <= rounds.size()) {
                rounds.get(window.number() - 1).move(window);
            } else {
                rounds.add(new ContestRound(this, window));
            }
        }
        while (rounds.size() > windows.size()) {
            rounds.removeLast();
        }
    }

    public ContestSettings settings() {
        return new ContestSettings(title, rules, opensAt, closesAt, weeklyRounds, organizations, sources,
                questionsPerAttempt, timeLimitMinutes, attemptsPerRound, partialCredit, prediction);
    }

    AttemptRules attemptRules(Duration timeLeftInRound) {
        Duration limit = Duration.ofMinutes(timeLimitMinutes);
        return new AttemptRules(questionsPerAttempt, limit.compareTo(timeLeftInRound) < 0 ? limit : timeLeftInRound,
                attemptsPerRound, 100, partialCredit);
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getRules() {
        return rules;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Set<Long> getOrganizations() {
        return Set.copyOf(organizations);
    }

    public Set<Long> getSources() {
        return Set.copyOf(sources);
    }

    public int getQuestionsPerAttempt() {
        return questionsPerAttempt;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getAttemptsPerRound() {
        return attemptsPerRound;
    }

    public boolean hasPrediction() {
        return prediction;
    }

    public List<ContestRound> getRounds() {
        return List.copyOf(rounds);
    }
}
