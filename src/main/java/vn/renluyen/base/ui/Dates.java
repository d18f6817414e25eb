package vn.renluyen.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them: 19/05/2026. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Dates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "14:05 19/05/2026" in the portal's time zone (the clock's). */
    public static String moment(java.time.Instant instant, java.time.Clock clock) {
        return instant == null ? "" : MOMENT.format(instant.atZone(clock.getZone()));
    }
}
