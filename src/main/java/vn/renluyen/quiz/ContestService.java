package vn.renluyen.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.base.Slugs;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/**
 * Contests as staff run them (create, edit: EDITOR, PUBLISHER, ADMIN) and as everyone reads them (lists,
 * the contest page). Taking part is {@link ContestEntries}; the boards are {@link Leaderboards}.
 */
@Service
public class ContestService {

    static final String AUDIT_TYPE = "contest";

    private final ContestRepository contests;
    private final ContestPool pool;
    private final EntryRecords entries;
    private final Eligibility eligibility;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ContestService(ContestRepository contests, ContestPool pool, EntryRecords entries, Eligibility eligibility,
            MarkdownRenderer markdown, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.contests = contests;
        this.pool = pool;
        this.entries = entries;
        this.eligibility = eligibility;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public boolean mayRunContests() {
        return currentUser.has(Role.EDITOR) || currentUser.has(Role.PUBLISHER) || currentUser.has(Role.ADMIN);
    }

    @Transactional
    public String create(ContestSettings settings) {
        requireStaff();
        ContestValidation.check(settings, pool.of(settings.sources()).questions().size());
        Contest contest = contests.save(new Contest(Slugs.free(settings.title(), 100, contests::existsBySlug),
                settings));
        auditLog.record("contest.created", AUDIT_TYPE, contest.getId(), null, contest.getTitle());
        return contest.getSlug();
    }

    /** Once someone has entered, the window and the rounds stay as they are; the rest may still change. */
    @Transactional
    public void update(String slug, ContestSettings settings) {
        requireStaff();
        Contest contest = contest(slug);
        ContestSettings before = contest.settings();
        ContestValidation.check(settings, pool.of(settings.sources()).questions().size());
        boolean moved = !before.opensAt().equals(settings.opensAt()) || !before.closesAt().equals(settings.closesAt())
                || before.weeklyRounds() != settings.weeklyRounds();
        if (moved && entries.anyEntries(contest.getId())) {
            throw new ContestProblem("contest.error.alreadyEntered");
        }
        contest.apply(settings);
        auditLog.record("contest.updated", AUDIT_TYPE, contest.getId(), before.toString(),
                contest.settings().toString());
    }

    @Transactional(readOnly = true)
    public ContestSettings settings(String slug) {
        requireStaff();
        return contest(slug).settings();
    }

    /** Open now and upcoming (by opening), then past (latest first). */
    @Transactional(readOnly = true)
    public Lists lists() {
        Instant now = clock.instant();
        List<Summary> current = contests.findByClosesAtAfterOrderByOpensAtAsc(now).stream().map(this::summary).toList();
        return new Lists(current.stream().filter(c -> !c.opensAt().isAfter(now)).toList(),
                current.stream().filter(c -> c.opensAt().isAfter(now)).toList(),
                contests.findByClosesAtLessThanEqualOrderByClosesAtDesc(now).stream().map(this::summary).toList());
    }

    /** The public page of a contest, with whether the current user may enter and, if not, why. */
    @Transactional(readOnly = true)
    public Optional<Page> page(String slug) {
        return contests.findBySlug(slug).map(c -> new Page(summary(c), markdown.render(c.getRules()).html(),
                c.getTimeLimitMinutes(), c.getQuestionsPerAttempt(), c.getAttemptsPerRound(), c.hasPrediction(),
                c.getRounds().stream().map(r -> new Round(r.getId(), r.getNumber(), r.getOpensAt(), r.getClosesAt(),
                        r.isOpenAt(clock.instant()))).toList(),
                refusal(c)));
    }

    /** Optional.map would turn "no refusal" (null) into "not logged in": hence the plain branches. */
    private String refusal(Contest contest) {
        Optional<vn.renluyen.security.PortalUser> user = currentUser.get();
        return user.isEmpty() ? "contest.enter.login" : eligibility.refusal(contest, user.get()).orElse(null);
    }

    private Summary summary(Contest c) {
        return new Summary(c.getId(), c.getSlug(), c.getTitle(), c.getOpensAt(), c.getClosesAt(), c.getRounds().size());
    }

    private Contest contest(String slug) {
        return contests.findBySlug(Objects.requireNonNull(slug)).orElseThrow(() -> new ContestProblem("contest.notFound"));
    }

    private void requireStaff() {
        if (!mayRunContests()) {
            throw new AccessDeniedException("Contests are run by EDITOR, PUBLISHER or ADMIN");
        }
    }

    public record Summary(long id, String slug, String title, Instant opensAt, Instant closesAt, int rounds) {
    }

    public record Lists(List<Summary> open, List<Summary> upcoming, List<Summary> past) {
    }

    public record Round(long id, int number, Instant opensAt, Instant closesAt, boolean open) {
    }

    /** refusal: null when the current user may enter, else the message key saying why not. */
    public record Page(Summary contest, String rulesHtml, int timeLimitMinutes, int questionsPerAttempt,
            int attemptsPerRound, boolean prediction, List<Round> rounds, String refusal) {
    }
}
