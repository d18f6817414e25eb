package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import vn.renluyen.quiz.ContestService;
import vn.renluyen.quiz.ContestService.Summary;

/** /cuoc-thi: contests open now, upcoming and past; staff also get the link to create one. */
@Route("cuoc-thi")
@AnonymousAllowed
@Menu(title = "nav.contests", order = 25, icon = "vaadin:trophy")
class ContestsView extends Div implements HasDynamicTitle {

    ContestsView(ContestService contests, Clock clock) {
        addClassName("reading-page");
        addClassName("contests-page");
        add(new H1(getTranslation("contest.list.title")));
        if (contests.mayRunContests()) {
            RouterLink create = new RouterLink(getTranslation("contest.list.create"), ContestEditorView.class);
            create.addClassName("contest-create");
            add(create);
        }
        ContestService.Lists lists = contests.lists();
        section("contest.list.open", lists.open(), clock);
        section("contest.list.upcoming", lists.upcoming(), clock);
        section("contest.list.past", lists.past(), clock);
    }

    private void section(String heading, List<Summary> contests, Clock clock) {
        add(new H2(getTranslation(heading)));
        if (contests.isEmpty()) {
            add(new Paragraph(getTranslation("contest.list.none")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("contest-cards");
        for (Summary c : contests) {
            RouterLink title = new RouterLink(c.title(), ContestView.class, new RouteParameters("slug", c.slug()));
            title.addClassName("contest-card-title");
            Paragraph when = new Paragraph(ContestTimes.window(c.opensAt(), c.closesAt(), clock) + " · "
                    + getTranslation("contest.list.rounds", c.rounds()));
            Div card = new Div(title, when);
            card.addClassName("contest-card");
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.list.title");
    }
}
