package vn.renluyen.members.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import vn.renluyen.base.TableExport;
import vn.renluyen.base.ui.ExportLinks;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/tong-quan: the secretary's subtree at a glance. Bars are plain HTML and CSS drawn on the server
 * (no chart component, nothing paid); every figure downloads as CSV or XLSX.
 */
@Route("chi-bo/tong-quan")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.dashboard", order = 47, icon = "vaadin:dashboard")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final List<DashboardFigures> sources;
    private final OrganizationYearFilter filter;
    private final Div figures = new Div();

    DashboardView(OrganizationService organizations, List<DashboardFigures> sources, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(DashboardFigures::order)).toList();
        addClassName("dashboard-view");
        List<Organization> choices = organizations.manageable();
        filter = new OrganizationYearFilter(choices, "members.organization", clock, this::refresh);
        figures.addClassName("dashboard-figures");
        add(new H2(getTranslation("dashboard.title")), filter, figures);
        if (!choices.isEmpty()) {
            filter.choose(choices.getFirst());
        }
    }

    private void refresh() {
        figures.removeAll();
        if (filter.organization() == null) {
            return;
        }
        long id = filter.organization().getId();
        int chosenYear = filter.year();
        sources.forEach(source -> source.figures(id, chosenYear).forEach(f -> figures.add(card(f))));
    }

    private Div card(DashboardFigures.Figure figure) {
        Div card = new Div(new H3(figure.title()));
        card.addClassName("dashboard-card");
        if (figure.note() != null) {
            Paragraph note = new Paragraph(figure.note());
            note.addClassName("form-hint");
            card.add(note);
        }
        for (DashboardFigures.Bar bar : figure.bars()) {
            Span label = new Span(bar.label());
            label.addClassName("dashboard-bar-label");
            Div fill = new Div();
            fill.addClassName("dashboard-bar-fill");
            fill.getStyle().set("width", percent(bar.value(), figure.scale()));
            Div track = new Div(fill);
            track.addClassName("dashboard-bar-track");
            Span value = new Span(String.valueOf(bar.value()));
            value.addClassName("dashboard-bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("dashboard-bar");
            card.add(row);
        }
        String title = figure.title() + " · " + filter.organization().getName() + " · " + filter.year();
        card.add(new ExportLinks(() -> new TableExport.Table(title,
                List.of(getTranslation("dashboard.column.item"), getTranslation("dashboard.column.count")),
                figure.bars().stream().map(b -> List.<Object>of(b.label(), b.value())).toList())));
        return card;
    }

    private static String percent(long value, long scale) {
        return scale <= 0 ? "0%" : Math.min(100, Math.round(value * 100.0 / scale)) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
