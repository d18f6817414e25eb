package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ItemFactory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;
import vn.renluyen.security.Roles;

/**
 * Every lesson, story and article under the editorial workflow, newest change first. Publishers land
 * on what waits for their review; a row opens the editor. Two columns, so it reads on a phone.
 */
@Route("bien-tap")
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
@Menu(title = "nav.editorial", order = 60, icon = "vaadin:edit")
class WorklistView extends VerticalLayout implements HasDynamicTitle {

    private final EditorialService editorial;
    private final ItemLabels labels;
    private final Select<EditorialState> state = new Select<>();
    private final Grid<EditorialItem> grid = new Grid<>();

    WorklistView(EditorialService editorial, List<ItemFactory> factories, CurrentUser currentUser, Clock clock) {
        this.editorial = editorial;
        this.labels = new ItemLabels(this, clock.getZone());
        setSizeFull();
        addClassName("worklist-view");

        state.setLabel(getTranslation("publishing.worklist.state"));
        state.setItems(EditorialState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("publishing.worklist.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("publishing.worklist.all")
                : getTranslation(s.translationKey()));
        state.setValue(currentUser.has(Role.PUBLISHER) ? EditorialState.IN_REVIEW : null);
        state.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(item -> TwoLineCell.of(item.getTitle(), labels.kindAndUpdated(item)))
                .setHeader(getTranslation("publishing.worklist.item")).setFlexGrow(3);
        grid.addComponentColumn(this::stateCell).setHeader(getTranslation("publishing.worklist.stateColumn"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("publishing.worklist.empty"));
        grid.setSizeFull();
        // Selection rather than item clicks: the grid selects on click and on Space, so keyboard users open rows too.
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(EditorView.class,
                        new RouteParameters(EditorView.ITEM_ID, String.valueOf(e.getValue().getId())));
            }
        });

        Button write = new Button(getTranslation("publishing.new.button"), VaadinIcon.PLUS.create(),
                click -> new NewItemDialog(factories).open());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setVisible(!factories.isEmpty());
        Div tools = new Div(state, write);
        tools.addClassName("worklist-tools");
        add(new H2(getTranslation("publishing.worklist.title")), tools, grid);
        refresh();
    }

    /** The state as a coloured label, then what readers see (public revision, approval, schedule). */
    private Div stateCell(EditorialItem item) {
        String detail = item.getState() == EditorialState.SCHEDULED && item.getScheduledFor() != null
                ? getTranslation("publishing.status.scheduledFor", labels.time(item.getScheduledFor())) + " · "
                        + labels.publicVersion(item)
                : labels.publicVersion(item);
        Span secondary = new Span(detail);
        secondary.addClassName("cell-secondary");
        Div cell = new Div(labels.state(item.getState()), secondary);
        cell.addClassNames("two-line-cell", "state-cell");
        return cell;
    }

    private void refresh() {
        grid.setItems(editorial.worklist(state.getValue() == null ? Set.of() : Set.of(state.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publishing.worklist.title") + " · " + getTranslation("app.name");
    }
}
