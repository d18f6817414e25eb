package vn.renluyen.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.ReflectionPaperStatus;
import vn.renluyen.completion.ReflectionPapers;
import vn.renluyen.completion.ReflectionPapers.PaperToReview;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/bai-thu-hoach: the reflection papers of the members in the secretary's scope (every paper for
 * ADMIN), waiting ones first; opening one shows it for acceptance or return with a comment.
 */
@Route("chi-bo/bai-thu-hoach")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.reflectionPapers", order = 53, icon = "vaadin:clipboard-text")
class ReflectionPapersView extends VerticalLayout implements HasDynamicTitle {

    private final ReflectionPapers papers;
    private final Clock clock;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final ComboBox<ReflectionPaperStatus> status = new ComboBox<>();
    private final Div list = new Div();

    ReflectionPapersView(ReflectionPapers papers, OrganizationService organizations, Clock clock) {
        this.papers = papers;
        this.clock = clock;
        addClassName("reflection-papers-view");
        organization.setLabel(getTranslation("members.organization"));
        organization.setPlaceholder(getTranslation("reflection.review.allOrganizations"));
        organization.setItems(organizations.manageable());
        organization.setItemLabelGenerator(Organization::getName);
        organization.setClearButtonVisible(true);
        organization.setWidth("min(100%, 30rem)");
        organization.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("reflection.review.status"));
        status.setPlaceholder(getTranslation("reflection.review.allStatuses"));
        status.setItems(ReflectionPaperStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("reflection.state." + s.name()));
        status.setClearButtonVisible(true);
        status.setValue(ReflectionPaperStatus.SUBMITTED);
        status.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(organization, status);
        filters.addClassName("reflection-filters");
        list.addClassName("reflection-list");
        list.setWidthFull();
        add(new H2(getTranslation("reflection.review.title")), new Paragraph(getTranslation("reflection.review.intro")),
                filters, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        Organization scope = organization.getValue();
        List<PaperToReview> shown = papers.toReview(scope == null ? null : scope.getId()).stream()
                .filter(p -> status.getValue() == null || p.status() == status.getValue()).toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("reflection.review.none")));
        }
        shown.forEach(p -> list.add(row(p)));
    }

    private Div row(PaperToReview p) {
        Span learner = span(p.learnerName(), "reflection-learner");
        Span where = span(p.organization() == null ? getTranslation("reflection.review.noMember") : p.organization(),
                "reflection-organization");
        Span course = span(p.courseTitle(), "reflection-course");
        Span submitted = span(Dates.moment(p.submittedAt(), clock), "reflection-submitted");
        Span state = span(getTranslation("reflection.state." + p.status().name()), "state-badge");
        Button open = new Button(getTranslation("reflection.review.open"),
                click -> new ReviewDialog(papers, p, clock, this::refresh).open());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div row = new Div(learner, where, course, submitted, state, open);
        row.addClassName("reflection-row");
        return row;
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reflection.review.title") + " · " + getTranslation("app.name");
    }
}
