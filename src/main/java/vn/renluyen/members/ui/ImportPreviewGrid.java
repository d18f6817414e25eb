package vn.renluyen.members.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.members.MemberImportPreview.Problem;
import vn.renluyen.members.MemberImportPreview.Row;

/**
 * The rows of a checked file: row number as the spreadsheet shows it, who, and each problem as
 * "column: reason" in red. Two data columns beside the number, so it reads on a phone.
 */
class ImportPreviewGrid extends Div {

    private final Grid<Row> grid = new Grid<>();
    private final Checkbox onlyErrors = new Checkbox();
    private List<Row> rows = List.of();

    ImportPreviewGrid() {
        addClassName("import-preview");
        onlyErrors.setLabel(getTranslation("members.import.onlyErrors"));
        onlyErrors.addValueChangeListener(e -> filter());
        grid.addColumn(Row::number).setHeader(getTranslation("members.import.row")).setWidth("4rem")
                .setFlexGrow(0);
        // One column for who and what is wrong: beside each other they leave a phone no room for either.
        grid.addComponentColumn(this::cell).setHeader(getTranslation("members.import.rowHeader"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.addClassName("import-preview-grid");
        add(onlyErrors, grid);
        setVisible(false);
    }

    void show(List<Row> shown, boolean errorsOnly) {
        rows = shown;
        onlyErrors.setValue(errorsOnly);
        filter();
        setVisible(!shown.isEmpty());
    }

    void clear() {
        show(List.of(), false);
    }

    private void filter() {
        grid.setItems(onlyErrors.getValue() ? rows.stream().filter(r -> !r.valid()).toList() : rows);
    }

    private Div cell(Row row) {
        String status = row.status() == null ? getTranslation("members.import.unknownStatus")
                : getTranslation(row.status().translationKey());
        String detail = row.organization() == null ? status : status + " · " + row.organization();
        Div cell = TwoLineCell.of(row.name().isEmpty() ? "—" : row.name(), detail);
        cell.add(problems(row));
        return cell;
    }

    private Div problems(Row row) {
        Div cell = new Div();
        cell.addClassName("import-problems");
        if (row.valid()) {
            Span ok = new Span(getTranslation("members.import.valid"));
            ok.addClassName("import-valid");
            cell.add(ok);
        }
        for (Problem problem : row.problems()) {
            String reason = getTranslation(problem.messageKey(), problem.arguments());
            Div line = new Div(problem.column() == null ? reason
                    : getTranslation("members.import.problem", problem.column(), reason));
            line.addClassName("import-problem");
            cell.add(line);
        }
        return cell;
    }
}
