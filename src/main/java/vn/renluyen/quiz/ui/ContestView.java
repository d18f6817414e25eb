package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.renluyen.base.ui.ExportLinks;
import vn.renluyen.quiz.ContestEntries;
import vn.renluyen.quiz.ContestResults;
import vn.renluyen.quiz.ContestService;
import vn.renluyen.quiz.ContestService.Page;
import vn.renluyen.quiz.Leaderboards;
import vn.renluyen.quiz.Leaderboards.OrganizationRow;
import vn.renluyen.quiz.Standing;

/** /cuoc-thi/{slug}: rules, rounds with "Tham gia", the entrant's own attempts and the leaderboards. */
@Route("cuoc-thi/:slug")
@AnonymousAllowed
class ContestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TOP = 20;

    private final ContestService contests;
    private final ContestEntries entries;
    private final Leaderboards boards;
    private final ContestResults results;
    private final Clock clock;
    private Page page;
    private List<Leaderboards.RoundBoard> roundBoards = List.of();

    ContestView(ContestService contests, ContestEntries entries, Leaderboards boards, ContestResults results,
            Clock clock) {
        this.contests = contests;
        this.entries = entries;
        this.boards = boards;
        this.results = results;
        this.clock = clock;
        addClassName("reading-page");
        addClassName("contest-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Page> found = contests.page(event.getRouteParameters().get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        page = found.get();
        removeAll();
        Div crumbs = new Div(new RouterLink(getTranslation("contest.list.title"), ContestsView.class));
        crumbs.addClassName("breadcrumb");
        add(crumbs, new H1(page.contest().title()), new Paragraph(ContestTimes.window(page.contest().opensAt(),
                page.contest().closesAt(), clock)));
        if (contests.mayRunContests()) {
            add(new RouterLink(getTranslation("contest.page.edit"), ContestEditorView.class,
                    new RouteParameters("slug", page.contest().slug())));
        }
        Div rules = new Div();
        rules.addClassName("prose");
        rules.getElement().setProperty("innerHTML", page.rulesHtml());
        Paragraph facts = new Paragraph(getTranslation("contest.page.facts", page.questionsPerAttempt(),
                page.timeLimitMinutes(), page.attemptsPerRound()));
        facts.addClassName("contest-facts");
        add(rules, facts);
        roundBoards = boards.rounds(page.contest().slug());
        rounds();
        leaderboards();
    }

    private void rounds() {
        add(new H2(getTranslation("contest.page.rounds")));
        for (ContestService.Round round : page.rounds()) {
            Div box = new Div(new H3(getTranslation("contest.page.round", round.number())),
                    new Paragraph(ContestTimes.window(round.opensAt(), round.closesAt(), clock)));
            box.addClassName("contest-round");
            for (ContestEntries.Result mine : entries.mine(round.id())) {
                box.add(new RouterLink(getTranslation("contest.page.myAttempt", mine.number()),
                        mine.open() ? ContestAttemptView.class : ContestResultView.class,
                        new RouteParameters("attempt", String.valueOf(mine.attemptId()))));
            }
            if (round.open()) {
                box.add(page.refusal() == null ? enter(round)
                        : new Paragraph(getTranslation(page.refusal())));
            }
            if (page.rounds().size() > 1) {
                roundBoards.stream().filter(b -> b.roundId() == round.id() && !b.standings().isEmpty()).findFirst()
                        .ifPresent(b -> box.add(perfect(b), new LeaderboardGrid(b.standings().stream().limit(TOP / 2)
                                .toList())));
            }
            add(box);
        }
    }

    private Div enter(ContestService.Round round) {
        IntegerField prediction = new IntegerField(getTranslation("contest.page.prediction"));
        prediction.setHelperText(getTranslation("contest.page.predictionHelp"));
        prediction.setMin(0);
        prediction.setWidth("min(100%, 22rem)");
        String startKey = UUID.randomUUID().toString().replace("-", "");
        Button enter = new Button(getTranslation("contest.page.enter"), click -> {
            ContestEntries.Sheet sheet = entries.enter(round.id(), startKey, page.prediction() ? prediction.getValue() : null);
            getUI().ifPresent(ui -> ui.navigate(ContestAttemptView.class,
                    new RouteParameters("attempt", String.valueOf(sheet.attemptId()))));
        });
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClassName("contest-enter");
        Div form = new Div();
        form.addClassName("contest-enter-form");
        if (page.prediction()) {
            form.add(prediction);
        }
        form.add(enter);
        return form;
    }

    private void leaderboards() {
        String slug = page.contest().slug();
        // A single round's board is the contest's: it keeps the prediction tie-break, which sums cannot.
        boolean single = roundBoards.size() == 1;
        List<Standing> overall = single ? roundBoards.getFirst().standings() : boards.overall(slug);
        add(new H2(getTranslation("contest.board.overall")));
        if (overall.isEmpty()) {
            add(new Paragraph(getTranslation("contest.board.empty")));
            return;
        }
        if (single) {
            add(perfect(roundBoards.getFirst()));
        }
        add(new LeaderboardGrid(overall.stream().limit(TOP).toList()));
        if (results.mayExport()) {
            add(new ExportLinks(() -> results.table(slug, single ? 1 : null)));
        }
        add(new H2(getTranslation("contest.board.byOrganization")));
        List<OrganizationRow> organizations = boards.organizations(overall);
        ComboBox<OrganizationRow> choice = new ComboBox<>(getTranslation("contest.board.organization"));
        choice.setItems(organizations);
        choice.setItemLabelGenerator(OrganizationRow::name);
        choice.setWidthFull();
        Div filtered = new Div();
        filtered.addClassName("contest-board-filtered");
        choice.addValueChangeListener(e -> {
            filtered.removeAll();
            if (e.getValue() != null) {
                filtered.add(new LeaderboardGrid(Leaderboards.within(overall, e.getValue().organizationId()).stream()
                        .limit(TOP).toList()));
            }
        });
        Grid<OrganizationRow> table = new Grid<>();
        table.addClassName("contest-organizations");
        table.setAllRowsVisible(true);
        table.addColumn(o -> "  ".repeat(o.depth()) + o.name()).setHeader(getTranslation("contest.board.organization"))
                .setFlexGrow(3);
        table.addColumn(OrganizationRow::entrants).setHeader(getTranslation("contest.board.entrants")).setFlexGrow(0)
                .setWidth("6em");
        table.addColumn(o -> String.format("%.2f", o.averagePoints())).setHeader(getTranslation("contest.board.average"))
                .setFlexGrow(0).setWidth("7em");
        table.setItems(organizations);
        add(choice, filtered, table);
    }

    private Paragraph perfect(Leaderboards.RoundBoard board) {
        Paragraph perfect = new Paragraph(getTranslation("contest.board.perfect", board.perfectCount()));
        perfect.addClassName("contest-perfect");
        return perfect;
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("contest.list.title") : page.contest().title();
    }
}
