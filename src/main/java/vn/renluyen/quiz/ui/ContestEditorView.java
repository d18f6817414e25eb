package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.quiz.ContestService;
import vn.renluyen.quiz.ContestSettings;
import vn.renluyen.security.MemberDirectory;
import vn.renluyen.security.MemberDirectory.OrganizationChoice;
import vn.renluyen.security.Roles;

/** /quan-ly-cuoc-thi/{slug?}: staff create or edit a contest; the service checks every rule again. */
@Route("quan-ly-cuoc-thi/:slug?")
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
class ContestEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    record LessonChoice(long moduleId, String label) {
    }

    private final ContestService contests;
    private final Clock clock;
    private final TextField title = new TextField();
    private final TextArea rules = new TextArea();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final Checkbox weekly = new Checkbox();
    private final MultiSelectComboBox<OrganizationChoice> organizations = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<LessonChoice> sources = new MultiSelectComboBox<>();
    private final IntegerField questions = new IntegerField();
    private final IntegerField minutes = new IntegerField();
    private final IntegerField attempts = new IntegerField();
    private final Checkbox partialCredit = new Checkbox();
    private final Checkbox prediction = new Checkbox();
    private final List<LessonChoice> lessons;
    private final List<OrganizationChoice> organizationChoices;
    private String slug;

    ContestEditorView(ContestService contests, CourseCatalog catalog, MemberDirectory directory, Clock clock) {
        this.contests = contests;
        this.clock = clock;
        this.lessons = catalog.courses().stream().flatMap(card -> catalog.course(card.course().getSlug()).stream())
                .flatMap(outline -> outline.lessons().stream().map(l -> new LessonChoice(l.moduleId(),
                        outline.course().getTitle() + " › " + l.title())))
                .toList();
        this.organizationChoices = directory.organizations();
        addClassName("admin-page");
        addClassName("contest-editor");
        sources.setItems(lessons);
        sources.setItemLabelGenerator(LessonChoice::label);
        organizations.setItems(organizationChoices);
        organizations.setItemLabelGenerator(OrganizationChoice::name);
        organizations.setHelperText(getTranslation("contest.form.organizationsHelp"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.addFormItem(title, getTranslation("contest.form.title"));
        form.addFormItem(rules, getTranslation("contest.form.rules"));
        form.addFormItem(opensAt, getTranslation("contest.form.opensAt"));
        form.addFormItem(closesAt, getTranslation("contest.form.closesAt"));
        form.addFormItem(weekly, getTranslation("contest.form.weekly"));
        form.addFormItem(organizations, getTranslation("contest.form.organizations"));
        form.addFormItem(sources, getTranslation("contest.form.sources"));
        form.addFormItem(questions, getTranslation("contest.form.questions"));
        form.addFormItem(minutes, getTranslation("contest.form.minutes"));
        form.addFormItem(attempts, getTranslation("contest.form.attempts"));
        form.addFormItem(partialCredit, getTranslation("contest.form.partialCredit"));
        form.addFormItem(prediction, getTranslation("contest.form.prediction"));
        Button save = new Button(getTranslation("contest.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("contest.form.heading")), form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse(null);
        ContestSettings s = slug == null ? defaults() : contests.settings(slug);
        title.setValue(s.title());
        rules.setValue(s.rules());
        opensAt.setValue(local(s.opensAt()));
        closesAt.setValue(local(s.closesAt()));
        weekly.setValue(s.weeklyRounds());
        organizations.setValue(organizationChoices.stream().filter(o -> s.organizations().contains(o.id()))
                .collect(Collectors.toSet()));
        sources.setValue(lessons.stream().filter(l -> s.sources().contains(l.moduleId())).collect(Collectors.toSet()));
        questions.setValue(s.questionsPerAttempt());
        minutes.setValue(s.timeLimitMinutes());
        attempts.setValue(s.attemptsPerRound());
        partialCredit.setValue(s.partialCredit());
        prediction.setValue(s.prediction());
    }

    private ContestSettings defaults() {
        Instant start = clock.instant().plus(java.time.Duration.ofDays(1));
        return new ContestSettings("", "", start, start.plus(java.time.Duration.ofDays(28)), false, Set.of(), Set.of(),
                20, 20, 1, false, true);
    }

    private void save() {
        ContestSettings settings = new ContestSettings(title.getValue(), rules.getValue(), instant(opensAt.getValue()),
                instant(closesAt.getValue()), weekly.getValue(),
                organizations.getValue().stream().map(OrganizationChoice::id).collect(Collectors.toSet()),
                sources.getValue().stream().map(LessonChoice::moduleId).collect(Collectors.toSet()),
                Objects.requireNonNullElse(questions.getValue(), 0), Objects.requireNonNullElse(minutes.getValue(), 0),
                Objects.requireNonNullElse(attempts.getValue(), 0), partialCredit.getValue(), prediction.getValue());
        try {
            if (slug == null) {
                slug = contests.create(settings);
            } else {
                contests.update(slug, settings);
            }
            Notifications.success(getTranslation("contest.form.saved"));
            getUI().ifPresent(ui -> ui.navigate(ContestView.class, new RouteParameters("slug", slug)));
        } catch (UserFacingException problem) {
            Notifications.error(getTranslation(problem.messageKey(), problem.arguments()));
        }
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.form.heading");
    }
}
