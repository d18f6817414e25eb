package vn.renluyen.quiz.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.renluyen.quiz.Standing;

/** A leaderboard: rank, name, organization, score and time; narrow enough for a phone. */
class LeaderboardGrid extends Grid<Standing> {

    LeaderboardGrid(List<Standing> standings) {
        addClassName("contest-leaderboard");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(Standing::rank).setHeader(getTranslation("contest.board.rank")).setFlexGrow(0).setWidth("4em");
        addColumn(Standing::name).setHeader(getTranslation("contest.board.name")).setFlexGrow(2);
        addColumn(s -> s.organizationName() == null ? "" : s.organizationName())
                .setHeader(getTranslation("contest.board.organization")).setFlexGrow(2);
        addColumn(s -> ContestTimes.points(s.points())).setHeader(getTranslation("contest.board.points"))
                .setFlexGrow(0).setWidth("5em");
        addColumn(s -> ContestTimes.duration(s.timeTakenMs())).setHeader(getTranslation("contest.board.time"))
                .setFlexGrow(0).setWidth("6em");
        setItems(standings);
    }
}
