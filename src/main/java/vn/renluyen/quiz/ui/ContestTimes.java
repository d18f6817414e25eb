package vn.renluyen.quiz.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as the portal's readers read them, in the portal's time zone: 19/05/2026 20:00. */
final class ContestTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ContestTimes() {
    }

    static String minute(Instant instant, Clock clock) {
        return instant == null ? "" : MINUTE.format(instant.atZone(clock.getZone()));
    }

    static String window(Instant from, Instant to, Clock clock) {
        return minute(from, clock) + " – " + minute(to, clock);
    }

    /** "12:05" (minutes:seconds), as the results export writes a time taken. */
    static String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        long seconds = millis / 1000;
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    static String points(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.format("%.2f", points);
    }
}
