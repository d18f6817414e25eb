package vn.renluyen.quiz;

import java.time.Instant;

/**
 * One entrant's line in a leaderboard: a round's counted attempt, or the sums over the rounds for the
 * overall board (prediction is then null). organizationPath is "/1/4/9/", for subtree filters.
 */
public record Standing(int rank, long accountId, Long memberId, String name, Long organizationId,
        String organizationName, String organizationPath, double points, int maxPoints, long timeTakenMs,
        Instant submittedAt, Integer prediction) {

    Standing ranked(int newRank) {
        return new Standing(newRank, accountId, memberId, name, organizationId, organizationName, organizationPath,
                points, maxPoints, timeTakenMs, submittedAt, prediction);
    }

    public boolean perfect() {
        return maxPoints > 0 && points >= maxPoints - 1e-9;
    }

    boolean within(long organizationId) {
        return organizationPath != null && organizationPath.contains("/" + organizationId + "/");
    }
}
