package vn.renluyen.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines counted in working days ("trong 30 ngày làm việc"): Monday to Friday, minus the public
 * holidays a deployment lists in {@code portal.working-days.holidays} (Tết moves with the lunar calendar,
 * so the dates are configuration, not code).
 */
@ConfigurationProperties("portal.working-days")
public record WorkingDays(List<LocalDate> holidays) {

    public WorkingDays {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !Set.copyOf(holidays).contains(day);
    }

    /** The last day of a period of {@code days} working days that starts the day after {@code from}. */
    public LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
