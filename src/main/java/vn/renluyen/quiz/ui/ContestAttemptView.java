package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.renluyen.base.ui.Countdown;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.quiz.ContestEntries;
import vn.renluyen.quiz.ContestEntries.Sheet;
import vn.renluyen.quiz.Paper.ShownQuestion;
import vn.renluyen.quiz.QuizProblem;

/**
 * /cuoc-thi/lam-bai/{attempt}: the questions without their answers, each answer saved as it is given, and a
 * countdown in the browser that presses "Nộp bài" at zero. The countdown only helps: the server's deadline
 * decides what counts.
 */
@Route("cuoc-thi/lam-bai/:attempt")
@PermitAll
class ContestAttemptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestEntries entries;
    private final Clock clock;
    private final List<QuestionField> fields = new ArrayList<>();
    private Sheet sheet;

    ContestAttemptView(ContestEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        addClassName("reading-page");
        addClassName("contest-attempt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = Long.parseLong(event.getRouteParameters().get("attempt").orElse("0"));
        var open = entries.sheet(attemptId);
        if (open.isEmpty()) {
            event.forwardTo(ContestResultView.class, new RouteParameters("attempt", String.valueOf(attemptId)));
            return;
        }
        show(open.get());
    }

    /** The same question fields and countdown as a lesson's quiz: the time left comes from the server. */
    private void show(Sheet shown) {
        sheet = shown;
        removeAll();
        fields.clear();
        Countdown countdown = new Countdown(shown.deadline(), clock, this::submit);
        countdown.addClassName("contest-countdown");
        Div bar = new Div(new Span(getTranslation("quiz.take.timeLeft")), countdown);
        bar.addClassName("quiz-timer");
        add(new H1(getTranslation("contest.attempt.title", shown.number())), bar);
        int number = 1;
        for (ShownQuestion q : shown.questions()) {
            QuestionField field = new QuestionField(number++, q, shown.saved().getOrDefault(q.id(), Set.of()),
                    this::save);
            field.getElement().getClassList().add("contest-question");
            fields.add(field);
            add(field);
        }
        Button submit = new Button(getTranslation("contest.attempt.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("contest-submit");
        submit.setDisableOnClick(true);
        add(submit);
    }

    private void save(String questionId, Set<String> chosen) {
        try {
            entries.answer(sheet.attemptId(), questionId, chosen);
        } catch (QuizProblem e) {
            Notifications.error(getTranslation(e.messageKey()));
            submit();
        }
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        fields.forEach(f -> answers.put(f.questionId(), f.answer()));
        long attemptId = sheet.attemptId();
        sheet = null;
        ContestEntries.Result result = entries.submit(attemptId, answers);
        getUI().ifPresent(ui -> ui.navigate(ContestResultView.class,
                new RouteParameters("attempt", String.valueOf(result.attemptId()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.attempt.pageTitle");
    }
}
