package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAndListedHolidaysDoNotCount() {
        WorkingDays plain = new WorkingDays(null);
        LocalDate friday = LocalDate.of(2026, 4, 24);
        assertThat(plain.after(friday, 1)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(plain.after(friday, 5)).isEqualTo(LocalDate.of(2026, 5, 1));
        WorkingDays withHolidays = new WorkingDays(List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)));
        assertThat(withHolidays.after(friday, 5)).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(withHolidays.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(plain.after(friday, 0)).isEqualTo(friday);
    }
}
