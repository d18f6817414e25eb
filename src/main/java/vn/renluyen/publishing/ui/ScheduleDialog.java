package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.publishing.PublishingProblem;

/**
 * Picks when an item goes live. The picker shows and reads the portal's time zone (not the browser's),
 * so "08:00" means 08:00 in Việt Nam for every publisher.
 */
class ScheduleDialog extends Dialog {

    /** The date picker's order of week days (its first day of the week is set apart). */
    private final DateTimePicker when = new DateTimePicker();

    /** {@code schedule} may throw a {@link PublishingProblem}; it is shown on the picker and the dialog stays. */
    ScheduleDialog(Instant now, ZoneId zone, Consumer<Instant> schedule) {
        setHeaderTitle(getTranslation("publishing.schedule.title"));
        Locale locale = getLocale();
        when.setLabel(getTranslation("publishing.schedule.when"));
        when.setHelperText(getTranslation("publishing.schedule.zone", zone.getId()));
        when.setLocale(locale);
        when.setDatePickerI18n(DatePickers.i18n(locale, getTranslation("publishing.schedule.today"),
                getTranslation("common.cancel")));
        when.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(getTranslation("publishing.schedule.date"))
                .setTimeLabel(getTranslation("publishing.schedule.time"))
                .setBadInputErrorMessage(getTranslation("publishing.schedule.badInput"))
                .setIncompleteInputErrorMessage(getTranslation("publishing.schedule.badInput"))
                .setRequiredErrorMessage(getTranslation("publishing.schedule.required"))
                .setMinErrorMessage(getTranslation("publishing.error.scheduleInPast")));
        when.setRequiredIndicatorVisible(true);
        when.setStep(Duration.ofMinutes(15));
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        when.setMin(local);
        when.setValue(local.truncatedTo(ChronoUnit.HOURS).plusHours(1));
        when.setWidthFull();

        Button confirm = new Button(getTranslation("publishing.action.schedule"), click -> {
            if (when.getValue() == null) {
                when.setErrorMessage(getTranslation("publishing.schedule.required"));
                when.setInvalid(true);
                return;
            }
            try {
                schedule.accept(when.getValue().atZone(zone).toInstant());
                close();
            } catch (PublishingProblem problem) {
                when.setErrorMessage(getTranslation(problem.messageKey()));
                when.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("publishing.schedule.intro")), when);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        setWidth("min(30rem, 95vw)");
    }

}
