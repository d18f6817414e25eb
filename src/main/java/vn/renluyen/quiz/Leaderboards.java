package vn.renluyen.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.security.MemberDirectory;
import vn.renluyen.security.MemberDirectory.OrganizationChoice;

/** Leaderboards of a contest: per round, overall, within an organization's subtree, and per organization. */
@Service
public class Leaderboards {

    private final ContestRepository contests;
    private final CountedAttempts counted;
    private final MemberDirectory directory;

    Leaderboards(ContestRepository contests, CountedAttempts counted, MemberDirectory directory) {
        this.contests = contests;
        this.counted = counted;
        this.directory = directory;
    }

    public record RoundBoard(long roundId, int number, long perfectCount, List<Standing> standings) {
    }

    /** Organizations in tree order with how many entrants they hold (their subtree) and the average score. */
    public record OrganizationRow(long organizationId, String name, int depth, int entrants, double averagePoints) {
    }

    @Transactional(readOnly = true)
    public List<RoundBoard> rounds(String slug) {
        Contest contest = contest(slug);
        Map<Long, List<Standing>> byRound = counted.of(roundIds(contest)).stream().collect(
                Collectors.groupingBy(CountedAttempts.Counted::roundId,
                        Collectors.mapping(CountedAttempts.Counted::standing, Collectors.toList())));
        return contest.getRounds().stream().map(r -> {
            List<Standing> rows = byRound.getOrDefault(r.getId(), List.of());
            return new RoundBoard(r.getId(), r.getNumber(), RoundRanking.perfectCount(rows),
                    RoundRanking.round(rows, contest.hasPrediction()));
        }).toList();
    }

    /** Sums of counted scores and times across the rounds an entrant took part in. */
    @Transactional(readOnly = true)
    public List<Standing> overall(String slug) {
        Map<Long, Standing> totals = new HashMap<>();
        for (CountedAttempts.Counted c : counted.of(roundIds(contest(slug)))) {
            totals.merge(c.standing().accountId(), c.standing(), Leaderboards::add);
        }
        return RoundRanking.overall(new ArrayList<>(totals.values()));
    }

    public static List<Standing> within(List<Standing> standings, long organizationId) {
        List<Standing> inside = standings.stream().filter(s -> s.within(organizationId)).toList();
        return java.util.stream.IntStream.range(0, inside.size()).mapToObj(i -> inside.get(i).ranked(i + 1)).toList();
    }

    public List<OrganizationRow> organizations(List<Standing> standings) {
        Map<Long, double[]> sums = new HashMap<>();
        for (Standing s : standings) {
            if (s.organizationPath() == null) {
                continue;
            }
            for (String id : s.organizationPath().split("/")) {
                if (!id.isEmpty()) {
                    double[] sum = sums.computeIfAbsent(Long.parseLong(id), k -> new double[2]);
                    sum[0]++;
                    sum[1] += s.points();
                }
            }
        }
        List<OrganizationRow> rows = new ArrayList<>();
        for (OrganizationChoice o : directory.organizations()) {
            double[] sum = sums.get(o.id());
            if (sum != null) {
                rows.add(new OrganizationRow(o.id(), o.name(), o.depth(), (int) sum[0], sum[1] / sum[0]));
            }
        }
        return rows;
    }

    private static Standing add(Standing a, Standing b) {
        Instant last = a.submittedAt().isAfter(b.submittedAt()) ? a.submittedAt() : b.submittedAt();
        return new Standing(0, a.accountId(), a.memberId(), a.name(), a.organizationId(), a.organizationName(),
                a.organizationPath(), a.points() + b.points(), a.maxPoints() + b.maxPoints(),
                a.timeTakenMs() + b.timeTakenMs(), last, null);
    }

    private Contest contest(String slug) {
        return contests.findBySlug(slug).orElseThrow(() -> new ContestProblem("contest.notFound"));
    }

    private static List<Long> roundIds(Contest contest) {
        return contest.getRounds().stream().map(ContestRound::getId).toList();
    }
}
