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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.IntStream;
import vn.renluyen.admission.AdmissionPlans;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/ket-nap: for an organization of the user's scope and a year, the admission plan's target and the
 * ceremonies held against it, and the candidates with how far their admission file is.
 */
@Route("chi-bo/ket-nap")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.admission", order = 51, icon = "vaadin:flag")
class AdmissionView extends VerticalLayout implements HasDynamicTitle {

    private final AdmissionPlans plans;
    private final CandidateFiles files;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Div plan = new Div();
    private final Div candidates = new Div();

    AdmissionView(OrganizationService organizations, AdmissionPlans plans, CandidateFiles files) {
        this.plans = plans;
        this.files = files;
        addClassName("admission-view");
        List<Organization> choices = organizations.manageable();
        organization.setLabel(getTranslation("members.organization"));
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.addValueChangeListener(e -> load());
        int now = plans.currentYear();
        year.setLabel(getTranslation("admission.plan.year"));
        year.setItems(IntStream.rangeClosed(now - 3, now + 1).boxed().toList().reversed());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(now);
        year.addValueChangeListener(e -> showPlan());
        FlexLayout filters = new FlexLayout(organization, year);
        filters.addClassName("members-filters");
        plan.addClassName("admission-plan");
        candidates.addClassName("admission-candidates");
        add(new H2(getTranslation("admission.title")), filters, plan,
                new H3(getTranslation("admission.candidates")), candidates);
        if (!choices.isEmpty()) {
            organization.setValue(choices.getFirst());
        }
    }

    private void load() {
        showPlan();
        showCandidates();
    }

    private void showPlan() {
        plan.removeAll();
        Organization chosen = organization.getValue();
        if (chosen == null || year.getValue() == null) {
            return;
        }
        AdmissionPlans.Progress progress = plans.progress(chosen.getId(), year.getValue());
        plan.add(new H3(getTranslation("admission.plan.title", String.valueOf(progress.year()))));
        Span numbers = new Span(progress.target() == null
                ? getTranslation("admission.plan.none", progress.admitted())
                : getTranslation("admission.plan.progress", progress.admitted(), progress.target()));
        numbers.addClassName("admission-plan-numbers");
        plan.add(numbers);
        if (progress.target() != null) {
            ProgressBar bar = new ProgressBar(0, 1, progress.share());
            bar.getElement().setAttribute("aria-label", numbers.getText());
            plan.add(bar);
        }
        if (progress.note() != null) {
            plan.add(new Paragraph(progress.note()));
        }
        Button edit = new Button(getTranslation(progress.target() == null ? "admission.plan.set" : "admission.plan.edit"),
                click -> new PlanDialog(plans, progress, chosen.getName(), () -> {
                    Notifications.success(getTranslation("admission.plan.saved"));
                    showPlan();
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        plan.add(edit);
    }

    private void showCandidates() {
        candidates.removeAll();
        Organization chosen = organization.getValue();
        if (chosen == null) {
            return;
        }
        List<CandidateFiles.CandidateLine> lines = files.candidates(chosen.getId());
        if (lines.isEmpty()) {
            candidates.add(new Paragraph(getTranslation("admission.candidates.none")));
        }
        lines.forEach(line -> candidates.add(row(line)));
    }

    private Div row(CandidateFiles.CandidateLine line) {
        RouterLink name = new RouterLink(line.fullName(), CandidateFileView.class,
                new RouteParameters("member", String.valueOf(line.memberId())));
        name.addClassName("cell-primary");
        Span where = new Span(line.organizationName());
        where.addClassName("cell-secondary");
        Span stage = new Span(!line.opened() ? getTranslation("admission.file.notOpened")
                : line.reached() == null ? getTranslation("admission.file.noStage")
                : getTranslation("admission.file.reached", getTranslation(line.reached().translationKey())));
        stage.addClassName("admission-stage-name");
        Div who = new Div(name, where);
        who.addClassName("two-line-cell");
        Div progress = new Div(StageBar.of(line.reached()), stage);
        progress.addClassName("admission-candidate-progress");
        Div row = new Div(who, progress);
        row.addClassName("admission-candidate");
        if (!line.opened()) {
            Button open = new Button(getTranslation("admission.file.open"), click -> {
                files.open(line.memberId());
                getUI().ifPresent(ui -> ui.navigate(CandidateFileView.class,
                        new RouteParameters("member", String.valueOf(line.memberId()))));
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(open);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.title") + " · " + getTranslation("app.name");
    }
}
