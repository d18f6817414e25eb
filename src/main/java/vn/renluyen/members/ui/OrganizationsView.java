package vn.renluyen.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationRows;
import vn.renluyen.members.OrganizationRows.Row;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;
import vn.renluyen.security.Roles;

/** The party organizations in the user's charge, as a tree: add, rename, move and dissolve. */
@Route("quan-tri/to-chuc")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.organizations", order = 48, icon = "vaadin:sitemap")
class OrganizationsView extends VerticalLayout implements HasDynamicTitle {

    private static final Comparator<Row> BY_NAME = Comparator.comparing(r -> r.organization().getName(),
            Collator.getInstance(Locale.of("vi")));

    private final OrganizationRows rows;
    private final OrganizationDialogs dialogs;
    private final TreeGrid<Row> grid = new TreeGrid<>();

    OrganizationsView(OrganizationRows rows, OrganizationService organizations, CurrentUser currentUser) {
        this.rows = rows;
        this.dialogs = new OrganizationDialogs(organizations, this::refresh);
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("organizations.title")));
        if (currentUser.has(Role.ADMIN)) {
            Button addRoot = new Button(getTranslation("organizations.addRoot"), click -> dialogs.create(null));
            addRoot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(addRoot);
        }
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        // Level and count on the second line rather than in columns of their own: on a phone the name keeps
        // the width it needs.
        grid.addComponentHierarchyColumn(r -> TwoLineCell.of(r.organization().getName(),
                        getTranslation("organizations.summary",
                                getTranslation(r.organization().getType().translationKey()), r.memberRecords())))
                .setHeader(getTranslation("organizations.organization")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("organizations.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("organization-tree");
        grid.setSizeFull();

        add(header, new Paragraph(getTranslation("organizations.intro")), grid);
        refresh();
    }

    /** One compact menu per row, so the actions stay reachable on a phone. */
    private Component actions(Row row) {
        Organization organization = row.organization();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("organizations.actions") + ": " + organization.getName());
        SubMenu items = root.getSubMenu();
        if (!organization.getType().allowedChildren().isEmpty()) {
            items.addItem(getTranslation("organizations.addChild"), click -> dialogs.create(organization));
        }
        if (row.changeable()) {
            items.addItem(getTranslation("organizations.rename"), click -> dialogs.rename(organization));
            items.addItem(getTranslation("organizations.move"), click -> dialogs.move(organization));
            items.addItem(getTranslation("organizations.dissolve"), click -> dialogs.dissolve(organization));
        }
        return items.getItems().isEmpty() ? new Span() : menu;
    }

    /** Siblings are sorted the Vietnamese way; a row whose parent is not shown is a root (a secretary's scope). */
    private void refresh() {
        List<Row> list = rows.rows();
        Map<Long, Row> byId = list.stream().collect(Collectors.toMap(r -> r.organization().getId(),
                Function.identity()));
        Map<Long, List<Row>> children = list.stream().filter(r -> parentIn(r, byId) != null)
                .collect(Collectors.groupingBy(r -> r.organization().getParent().getId()));
        TreeData<Row> data = new TreeData<>();
        list.stream().filter(r -> parentIn(r, byId) == null).sorted(BY_NAME)
                .forEach(r -> add(data, null, r, children));
        grid.setTreeData(data);
        grid.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
    }

    private static void add(TreeData<Row> data, Row parent, Row row, Map<Long, List<Row>> children) {
        data.addItem(parent, row);
        children.getOrDefault(row.organization().getId(), List.of()).stream().sorted(BY_NAME)
                .forEach(child -> add(data, row, child, children));
    }

    /** The row of the parent, or null when the parent is not shown (the top of a secretary's scope). */
    private static Row parentIn(Row row, Map<Long, Row> byId) {
        Organization parent = row.organization().getParent();
        return parent == null ? null : byId.get(parent.getId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title") + " · " + getTranslation("app.name");
    }
}
