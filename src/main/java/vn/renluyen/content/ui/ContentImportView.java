package vn.renluyen.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.base.ui.BackgroundTask;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.content.ConflictRegister;
import vn.renluyen.content.ContentConflict;
import vn.renluyen.content.ContentImporter;
import vn.renluyen.content.ContentProblem;
import vn.renluyen.content.ImportReport;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;
import vn.renluyen.security.Roles;

/** Import content/ on demand with progress, read the last report, and settle conflicts (publishers). */
@Route("quan-tri/noi-dung")
@RolesAllowed({Roles.ADMIN, Roles.PUBLISHER})
@Menu(title = "nav.content", order = 80, icon = "vaadin:download")
class ContentImportView extends Div implements HasDynamicTitle {

    private final ContentImporter importer;
    private final ConflictRegister conflicts;
    private final CurrentUser currentUser;
    private final DateTimeFormatter time;
    private final Div report = new Div();
    private final Grid<ContentConflict> conflictGrid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Button run = new Button();
    private final Paragraph noConflicts = new Paragraph();

    ContentImportView(ContentImporter importer, ConflictRegister conflicts, CurrentUser currentUser,
            PortalProperties properties) {
        this.importer = importer;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(properties.timeZone());
        addClassName("admin-page");
        run.setText(getTranslation("content.import.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> startImport());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("content.import.run"));
        add(new H1(getTranslation("content.import.title")),
                new Paragraph(getTranslation("content.import.lead", properties.contentDir().toString())), run,
                progress, report, new H2(getTranslation("content.conflicts.title")),
                new Paragraph(getTranslation("content.conflicts.rule")), noConflicts, conflictGrid);
        noConflicts.setText(getTranslation("content.conflicts.none"));
        conflictGrid.addComponentColumn(c -> TwoLineCell.of(c.getTitle(), c.getPath() + " · "
                + time.format(c.getDetectedAt()))).setHeader(getTranslation("content.conflicts.lesson")).setFlexGrow(2);
        conflictGrid.addComponentColumn(this::conflictActions).setFlexGrow(1);
        conflictGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        conflictGrid.setAllRowsVisible(true);
        showReport(importer.lastReport());
        refreshConflicts();
    }

    private void startImport() {
        BackgroundTask.start(run, progress, done -> importer.importFrom(importer.contentFolder(), done::accept),
                result -> {
                    showReport(result);
                    refreshConflicts();
                    Notifications.success(getTranslation("content.import.done"));
                });
    }

    private void showReport(ImportReport result) {
        report.removeAll();
        if (result == null) {
            report.add(new Paragraph(getTranslation("content.import.none")));
            return;
        }
        report.add(new Paragraph(getTranslation("content.import.summary", time.format(result.finishedAt()),
                result.created(), result.updated(), result.unchanged(), result.conflicts(), result.errors())));
        if (!result.problems().isEmpty()) {
            Grid<ContentProblem> problems = new Grid<>();
            problems.addComponentColumn(p -> TwoLineCell.of(p.path() + (p.line() > 0 ? ":" + p.line() : ""),
                    getTranslation(p.severity() == ContentProblem.Severity.ERROR ? "content.problem.error"
                            : "content.problem.warning"))).setHeader(getTranslation("content.problem.where"));
            problems.addColumn(p -> getTranslation(p.reasonKey(), p.arguments()))
                    .setHeader(getTranslation("content.problem.reason")).setFlexGrow(2);
            problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            problems.setItems(result.problems());
            problems.setAllRowsVisible(true);
            report.add(problems);
        }
    }

    private HorizontalLayout conflictActions(ContentConflict conflict) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (currentUser.has(Role.PUBLISHER)) {
            Button keep = new Button(getTranslation("content.conflicts.keepPortal"), click -> {
                conflicts.keepPortalVersion(conflict.getId());
                refreshConflicts();
            });
            Button take = new Button(getTranslation("content.conflicts.takeFile"), click -> {
                conflicts.takeFileVersion(conflict.getId());
                refreshConflicts();
            });
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(keep, take);
        }
        return actions;
    }

    private void refreshConflicts() {
        var open = conflicts.open();
        conflictGrid.setItems(open);
        conflictGrid.setVisible(!open.isEmpty());
        noConflicts.setVisible(open.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.import.title") + " · " + getTranslation("app.name");
    }
}
