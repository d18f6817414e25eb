package vn.renluyen.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order of a round and of the whole contest. Each entrant is represented in a round by one counted
 * attempt (graded in time, not late): the best score; among equal scores the shorter time; then the
 * earlier submission. Entrants are then ranked by
 * <ol>
 * <li>score, higher first;</li>
 * <li>when the contest asks the prediction question: closeness of the prediction to the actual number of
 * entrants with a perfect score in the round, |prediction − actual| smaller first; no prediction last;</li>
 * <li>time taken, shorter first;</li>
 * <li>submission instant, earlier first (then account id, so the order is total and repeatable).</li>
 * </ol>
 * Overall: sum of counted scores (higher first), then sum of times (shorter first), then the earlier
 * last submission. Ranks are 1, 2, 3… with no shared places: the last rule always separates.
 */
final class RoundRanking {

    private RoundRanking() {
    }

    static List<Standing> round(List<Standing> counted, boolean withPrediction) {
        long perfect = counted.stream().filter(Standing::perfect).count();
        Comparator<Standing> order = Comparator.comparingDouble(Standing::points).reversed();
        if (withPrediction) {
            order = order.thenComparingLong(s -> s.prediction() == null ? Long.MAX_VALUE
                    : Math.abs(s.prediction() - perfect));
        }
        return numbered(counted, order.thenComparingLong(Standing::timeTakenMs)
                .thenComparing(Standing::submittedAt).thenComparingLong(Standing::accountId));
    }

    static List<Standing> overall(List<Standing> totals) {
        return numbered(totals, Comparator.comparingDouble(Standing::points).reversed()
                .thenComparingLong(Standing::timeTakenMs).thenComparing(Standing::submittedAt)
                .thenComparingLong(Standing::accountId));
    }

    /** How many entrants of a round scored full marks: what the prediction question asks for. */
    static long perfectCount(List<Standing> counted) {
        return counted.stream().filter(Standing::perfect).count();
    }

    private static List<Standing> numbered(List<Standing> standings, Comparator<Standing> order) {
        List<Standing> sorted = new ArrayList<>(standings);
        sorted.sort(order);
        return IntStream.range(0, sorted.size()).mapToObj(i -> sorted.get(i).ranked(i + 1)).toList();
    }
}
