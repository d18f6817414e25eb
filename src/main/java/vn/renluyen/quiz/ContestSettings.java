package vn.renluyen.quiz;

import java.time.Instant;
import java.util.Set;

/**
 * What staff decide about a contest, as the form sends it. {@code organizations} empty means everyone may
 * enter; {@code sources} are lesson module ids whose published banks form the question pool.
 */
public record ContestSettings(String title, String rules, Instant opensAt, Instant closesAt, boolean weeklyRounds,
        Set<Long> organizations, Set<Long> sources, int questionsPerAttempt, int timeLimitMinutes,
        int attemptsPerRound, boolean partialCredit, boolean prediction) {

    public ContestSettings {
        organizations = Set.copyOf(organizations);
        sources = Set.copyOf(sources);
    }
}
