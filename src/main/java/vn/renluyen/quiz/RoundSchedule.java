package vn.renluyen.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rounds of a contest: one for the whole window, or one per week from the opening; the last week
 * ends at the closing, so a window of 17 days makes rounds of 7, 7 and 3 days.
 */
final class RoundSchedule {

    static final Duration WEEK = Duration.ofDays(7);

    private RoundSchedule() {
    }

    record Window(int number, Instant opensAt, Instant closesAt) {
    }

    static List<Window> of(Instant opensAt, Instant closesAt, boolean weekly) {
        if (!weekly) {
            return List.of(new Window(1, opensAt, closesAt));
        }
        List<Window> rounds = new ArrayList<>();
        Instant start = opensAt;
        for (int number = 1; start.isBefore(closesAt); number++) {
            Instant end = start.plus(WEEK).isBefore(closesAt) ? start.plus(WEEK) : closesAt;
            rounds.add(new Window(number, start, end));
            start = end;
        }
        return List.copyOf(rounds);
    }
}
