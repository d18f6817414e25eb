package vn.renluyen.completion.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.renluyen.base.Texts;
import vn.renluyen.base.TableExport;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.ExportLinks;
import vn.renluyen.completion.TrainingTable;
import vn.renluyen.completion.TrainingTable.Cell;
import vn.renluyen.completion.TrainingTable.Progress;
import vn.renluyen.completion.TrainingTable.Row;
import vn.renluyen.curriculum.Course;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/hoc-tap: the secretary follows their members' training, members × courses, filters by
 * course, progress and name, and exports what the filters show as CSV or Excel.
 */
@Route("chi-bo/hoc-tap")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.trainingTable", order = 52, icon = "vaadin:table")
class TrainingTableView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingTable training;
    private final Clock clock;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final ComboBox<Course> course = new ComboBox<>();
    private final ComboBox<Progress> progress = new ComboBox<>();
    private final TextField name = new TextField();
    private final Grid<Row> grid = new Grid<>();
    private TrainingTable.Table table;

    TrainingTableView(TrainingTable training, OrganizationService organizations, Clock clock) {
        this.training = training;
        this.clock = clock;
        addClassName("training-table-view");
        organization.setLabel(getTranslation("members.organization"));
        organization.setItems(organizations.manageable());
        organization.setItemLabelGenerator(Organization::getName);
        organization.setWidth("min(100%, 30rem)");
        organization.addValueChangeListener(e -> load());
        course.setLabel(getTranslation("training.course"));
        course.setPlaceholder(getTranslation("training.allCourses"));
        course.setItemLabelGenerator(Course::getTitle);
        course.setClearButtonVisible(true);
        course.addValueChangeListener(e -> refresh());
        progress.setLabel(getTranslation("training.progress"));
        progress.setItems(Progress.values());
        progress.setItemLabelGenerator(p -> getTranslation("training.progress." + p.name()));
        progress.setClearButtonVisible(true);
        progress.addValueChangeListener(e -> refresh());
        name.setLabel(getTranslation("training.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(organization, course, progress, name);
        filters.addClassName("training-filters");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        add(new H2(getTranslation("training.title")), new Paragraph(getTranslation("training.intro")), filters,
                new ExportLinks(this::export), grid);
        organizations.manageable().stream().findFirst().ifPresent(organization::setValue);
    }

    private void load() {
        table = organization.getValue() == null ? null : training.of(organization.getValue().getId());
        course.setItems(table == null ? List.of() : table.courses());
        refresh();
    }

    private void refresh() {
        grid.removeAllColumns();
        if (table == null) {
            grid.setItems(List.of());
            return;
        }
        grid.addColumn(Row::name).setHeader(getTranslation("training.column.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(Row::organization).setHeader(getTranslation("members.organization")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("members.status." + r.status().name())).setHeader(
                getTranslation("training.column.status")).setAutoWidth(true);
        for (Course c : shownCourses()) {
            grid.addColumn(r -> r.cell(c.getId()).map(this::describe).orElse("")).setHeader(c.getTitle())
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> r.hasAccount() ? Dates.moment(r.lastActivity(), clock) : getTranslation(
                "training.noAccount")).setHeader(getTranslation("training.column.lastActivity")).setAutoWidth(true);
        grid.setItems(shownRows());
    }

    private List<Course> shownCourses() {
        return course.getValue() == null ? table.courses() : List.of(course.getValue());
    }

    /** A row is shown when its name matches and, for the chosen progress, some shown course is in that state. */
    private List<Row> shownRows() {
        String wanted = fold(name.getValue());
        return table.rows().stream()
                .filter(r -> wanted.isEmpty() || fold(r.name()).contains(wanted))
                .filter(r -> progress.getValue() == null || shownCourses().stream()
                        .anyMatch(c -> r.cell(c.getId()).map(Cell::progress).orElse(null) == progress.getValue()))
                .toList();
    }

    private String describe(Cell cell) {
        if (cell.completedOn() != null) {
            return getTranslation("training.cell.completed", Dates.day(cell.completedOn()));
        }
        return getTranslation("training.cell.lessons", cell.lessonsCompleted(), cell.lessons());
    }

    /** One line per member and course, as a spreadsheet user filters and sums them. */
    TableExport.Table export() {
        List<List<Object>> lines = new ArrayList<>();
        if (table != null) {
            for (Row r : shownRows()) {
                for (Course c : shownCourses()) {
                    Cell cell = r.cell(c.getId()).orElseThrow();
                    lines.add(java.util.Arrays.asList(r.name(), r.organization(),
                            getTranslation("members.status." + r.status().name()), c.getTitle(),
                            cell.lessonsCompleted(), cell.lessons(),
                            getTranslation("training.progress." + cell.progress().name()), cell.completedOn(),
                            r.lastActivity() == null ? null
                                    : r.lastActivity().atZone(clock.getZone()).toLocalDateTime()));
                }
            }
        }
        String scope = organization.getValue() == null ? "" : " – " + organization.getValue().getName();
        return new TableExport.Table(getTranslation("training.exportTitle") + scope, List.of(
                getTranslation("training.column.name"), getTranslation("members.organization"),
                getTranslation("training.column.status"), getTranslation("training.course"),
                getTranslation("training.column.lessonsDone"), getTranslation("training.column.lessons"),
                getTranslation("training.progress"), getTranslation("training.column.completedOn"),
                getTranslation("training.column.lastActivity")), lines);
    }

    private static String fold(String text) {
        return Texts.isBlank(text) ? "" : Texts.withoutMarks(Texts.nfc(text)).toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title") + " · " + getTranslation("app.name");
    }
}
