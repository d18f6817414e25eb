package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import vn.renluyen.quiz.ContestEntries;

/**
 * /cuoc-thi/ket-qua/{attempt}: score, time and whether it counts. The answers are not shown while others may
 * still be taking the same questions.
 */
@Route("cuoc-thi/ket-qua/:attempt")
@PermitAll
class ContestResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContestEntries entries;
    private final Clock clock;

    ContestResultView(ContestEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        addClassName("reading-page");
        addClassName("contest-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ContestEntries.Result result = entries.result(
                Long.parseLong(event.getRouteParameters().get("attempt").orElse("0")));
        removeAll();
        Paragraph score = new Paragraph(getTranslation("contest.result.score",
                ContestTimes.points(result.points() == null ? 0 : result.points()), result.maxPoints()));
        score.addClassName("contest-result-score");
        add(new H1(getTranslation("contest.result.title", result.number())), score,
                new Paragraph(getTranslation("contest.result.time", ContestTimes.duration(result.timeTakenMs()),
                        ContestTimes.minute(result.submittedAt(), clock))),
                new Paragraph(getTranslation(result.counted() ? "contest.result.counted" : "contest.result.late")),
                new RouterLink(getTranslation("contest.list.title"), ContestsView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.result.pageTitle");
    }
}
