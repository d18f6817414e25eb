package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import vn.renluyen.base.Texts;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.Revision;

/**
 * Every revision of the item, newest first (who, when, from where, why). Selecting one compares it with
 * the newest revision and offers to restore it, which adds a new revision: nothing is ever lost.
 */
class HistoryPanel extends Div {

    /** Beyond this many rows the grid scrolls instead of growing the page. */
    private static final int ROWS_SHOWN = 10;

    private final EditorialService editorial;
    private final ItemLabels labels;
    private final IntConsumer restore;
    private final Grid<Revision> grid = new Grid<>();
    private final Div comparison = new Div();
    private EditorialItem item;

    /** {@code restore} is asked to restore a revision number; the editor owns the typed text it replaces. */
    HistoryPanel(EditorialService editorial, ItemLabels labels, IntConsumer restore) {
        this.editorial = editorial;
        this.labels = labels;
        this.restore = restore;
        addClassName("history-panel");
        grid.addComponentColumn(this::revisionCell).setHeader(getTranslation("publishing.history.revision"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.asSingleSelect().addValueChangeListener(e -> compare(e.getValue()));
        comparison.addClassName("history-comparison");
        add(grid, comparison);
    }

    void show(EditorialItem current) {
        this.item = current;
        List<Revision> history = editorial.history(current.getId());
        grid.setAllRowsVisible(history.size() <= ROWS_SHOWN);
        grid.setHeight(history.size() <= ROWS_SHOWN ? null : "28rem");
        grid.setItems(history);
        comparison.removeAll();
    }

    private Div revisionCell(Revision revision) {
        StringBuilder primary = new StringBuilder(getTranslation("publishing.history.number",
                String.valueOf(revision.getNumber()))).append(" · ").append(labels.time(revision.getCreatedAt()));
        if (Integer.valueOf(revision.getNumber()).equals(item.getPublishedRevision())) {
            primary.append(" · ").append(getTranslation("publishing.history.public"));
        }
        String source = getTranslation("publishing.source." + revision.getSource().name().toLowerCase(Locale.ROOT));
        String secondary = revision.getAuthor() + " · " + source
                + (Texts.isBlank(revision.getNote()) ? "" : " · " + revision.getNote());
        return TwoLineCell.of(primary.toString(), secondary);
    }

    private void compare(Revision revision) {
        comparison.removeAll();
        if (revision == null) {
            return;
        }
        int latest = item.getLatestRevision();
        if (revision.getNumber() == latest) {
            comparison.add(new Paragraph(getTranslation("publishing.history.isLatest")));
            return;
        }
        Button restoreButton = new Button(getTranslation("publishing.history.restore"),
                click -> restore.accept(revision.getNumber()));
        H3 heading = new H3(getTranslation("publishing.history.compare", String.valueOf(revision.getNumber()),
                String.valueOf(latest)));
        Paragraph legend = new Paragraph(getTranslation("publishing.history.legend"));
        legend.addClassName("diff-legend");
        comparison.add(heading, legend, restoreButton, DiffBlock.of(editorial.diff(item.getId(), revision.getNumber(),
                latest), hidden -> getTranslation("publishing.history.folded", String.valueOf(hidden))));
    }
}
