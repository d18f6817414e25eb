package vn.renluyen.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.renluyen.admission.Probations;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/du-bi: the probationary members of an organization's subtree: the countdown to the end of the 12
 * months, the reminder about the new-member course's certificate, those due for recognition with the cell's
 * deadline, and the recognition itself.
 */
@Route("chi-bo/du-bi")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.probation", order = 54, icon = "vaadin:hourglass")
class ProbationView extends VerticalLayout implements HasDynamicTitle {

    private final Probations probations;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Div due = new Div();
    private final Div all = new Div();

    ProbationView(OrganizationService organizations, Probations probations) {
        this.probations = probations;
        addClassName("admission-view");
        List<Organization> choices = organizations.manageable();
        organization.setLabel(getTranslation("members.organization"));
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.addValueChangeListener(e -> load());
        FlexLayout filters = new FlexLayout(organization);
        filters.addClassName("members-filters");
        due.addClassName("admission-candidates");
        all.addClassName("admission-candidates");
        add(new H2(getTranslation("probation.title")), filters, new H3(getTranslation("probation.due")), due,
                new H3(getTranslation("probation.all")), all);
        if (!choices.isEmpty()) {
            organization.setValue(choices.getFirst());
        }
    }

    private void load() {
        due.removeAll();
        all.removeAll();
        if (organization.getValue() == null) {
            return;
        }
        List<Probations.Line> lines = probations.inSubtree(organization.getValue().getId());
        List<Probations.Line> dueLines = lines.stream().filter(Probations.Line::due)
                .sorted(java.util.Comparator.comparing(Probations.Line::deadline)).toList();
        if (dueLines.isEmpty()) {
            due.add(new Paragraph(getTranslation("probation.due.none")));
        }
        dueLines.forEach(line -> due.add(row(line)));
        List<Probations.Line> running = lines.stream().filter(l -> !l.due()).toList();
        if (running.isEmpty()) {
            all.add(new Paragraph(getTranslation("probation.none")));
        }
        running.forEach(line -> all.add(row(line)));
    }

    private Div row(Probations.Line line) {
        com.vaadin.flow.component.html.Anchor name = new com.vaadin.flow.component.html.Anchor(
                "chi-bo/dang-vien/" + line.memberId(), line.fullName());
        name.addClassName("cell-primary");
        Span detail = new Span(line.organizationName() + " · " + getTranslation("probation.ceremony",
                Dates.day(line.ceremony())) + " · " + getTranslation("probation.end", Dates.day(line.end())));
        detail.addClassName("cell-secondary");
        Div who = new Div(name, detail);
        who.addClassName("two-line-cell");
        Div badges = new Div();
        badges.addClassName("admission-badges");
        if (line.due()) {
            badges.add(badge(getTranslation(line.overdue() ? "probation.overdue" : "probation.deadline",
                    Dates.day(line.deadline())), line.overdue() ? "warning" : "due"));
        } else {
            badges.add(badge(getTranslation("probation.daysLeft", line.daysLeft()), "countdown"));
        }
        if (line.warning()) {
            badges.add(badge(getTranslation("probation.certificateMissing"), "warning"));
        }
        Div row = new Div(who, badges);
        row.addClassName("admission-candidate");
        if (line.due() && line.mayRecognize()) {
            Button recognize = new Button(getTranslation("probation.recognize"), click -> new RecognitionDialog(
                    probations, line, () -> {
                        Notifications.success(getTranslation("probation.recognized", line.fullName()));
                        load();
                    }).open());
            recognize.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(recognize);
        }
        return row;
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("admission-badge", "admission-badge-" + kind);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("probation.title") + " · " + getTranslation("app.name");
    }
}
