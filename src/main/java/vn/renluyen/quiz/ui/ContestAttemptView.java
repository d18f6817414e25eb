package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.renluyen.quiz.ContestEntries;
import vn.renluyen.quiz.ContestEntries.Sheet;
import vn.renluyen.quiz.Paper.ShownOption;
import vn.renluyen.quiz.Paper.ShownQuestion;
import vn.renluyen.quiz.QuizDefinition.QuestionType;

/**
 * /cuoc-thi/lam-bai/{attempt}: the questions without their answers, each answer saved as it is given, and a
 * countdown in the browser that presses "Nộp bài" at zero. The countdown only helps: the server's deadline
 * decides what counts.
 */
@Route("cuoc-thi/lam-bai/:attempt")
@PermitAll
class ContestAttemptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestEntries entries;
    private final Map<String, Set<String>> answers = new HashMap<>();
    private final Span countdown = new Span();

    ContestAttemptView(ContestEntries entries) {
        this.entries = entries;
        addClassName("reading-page");
        addClassName("contest-attempt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = Long.parseLong(event.getRouteParameters().get("attempt").orElse("0"));
        var sheet = entries.sheet(attemptId);
        if (sheet.isEmpty()) {
            event.forwardTo(ContestResultView.class, new RouteParameters("attempt", String.valueOf(attemptId)));
            return;
        }
        show(sheet.get());
    }

    private void show(Sheet sheet) {
        removeAll();
        answers.putAll(sheet.saved());
        countdown.addClassName("contest-countdown");
        add(new H1(getTranslation("contest.attempt.title", sheet.number())), countdown);
        int n = 1;
        for (ShownQuestion q : sheet.questions()) {
            Div box = new Div(new Paragraph(n++ + ". " + q.text()), choice(sheet.attemptId(), q));
            box.addClassName("contest-question");
            add(box);
        }
        Button submit = new Button(getTranslation("contest.attempt.submit"), click -> {
            ContestEntries.Result result = entries.submit(sheet.attemptId(), Map.copyOf(answers));
            getUI().ifPresent(ui -> ui.navigate(ContestResultView.class,
                    new RouteParameters("attempt", String.valueOf(result.attemptId()))));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("contest-submit");
        submit.setDisableOnClick(true);
        add(submit);
        countdown.getElement().executeJs("""
                const span = this, button = $0, end = $1;
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  span.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                  if (left === 0) { clearInterval(span._timer); button.click(); }
                };
                clearInterval(span._timer);
                span._timer = setInterval(tick, 1000);
                tick();""", submit.getElement(), (double) sheet.deadline().toEpochMilli());
    }

    private Component choice(long attemptId, ShownQuestion q) {
        Set<String> saved = answers.getOrDefault(q.id(), Set.of());
        if (q.type() == QuestionType.MULTIPLE) {
            CheckboxGroup<ShownOption> group = new CheckboxGroup<>();
            group.setItems(q.options());
            group.setItemLabelGenerator(ShownOption::text);
            group.setValue(Set.copyOf(q.options().stream().filter(o -> saved.contains(o.id())).toList()));
            group.addValueChangeListener(e -> save(attemptId, q.id(),
                    Set.copyOf(e.getValue().stream().map(ShownOption::id).toList())));
            return group;
        }
        RadioButtonGroup<ShownOption> group = new RadioButtonGroup<>();
        group.setItems(q.options());
        group.setItemLabelGenerator(ShownOption::text);
        q.options().stream().filter(o -> saved.contains(o.id())).findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(e -> save(attemptId, q.id(),
                e.getValue() == null ? Set.of() : Set.of(e.getValue().id())));
        return group;
    }

    private void save(long attemptId, String questionId, Set<String> chosen) {
        answers.put(questionId, chosen);
        entries.answer(attemptId, questionId, chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.attempt.pageTitle");
    }
}
