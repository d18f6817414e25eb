package vn.renluyen.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that read dd/MM/yyyy, weeks from Monday, month and day names in the UI's language. */
public final class DatePickers {

    private static final List<DayOfWeek> WEEK_FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    /** Month and day names from the JDK's locale data, so Vietnamese and English both read naturally. */
    public static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(WEEK_FROM_SUNDAY.stream()
                        .map(d -> capitalized(d.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdaysShort(WEEK_FROM_SUNDAY.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(today)
                .setCancel(cancel);
    }

    /** A date field for legal dates (birth, decisions, ceremonies). */
    public static DatePicker of(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(picker.getLocale());
        picker.setI18n(i18n(picker.getLocale(), picker.getTranslation("publishing.schedule.today"),
                picker.getTranslation("common.cancel")));
        return picker;
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
