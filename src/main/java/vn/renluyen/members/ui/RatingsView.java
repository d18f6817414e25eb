package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.members.OrganizationType;
import vn.renluyen.members.PlanStatus;
import vn.renluyen.members.QualityRating;
import vn.renluyen.members.QualityRatings;
import vn.renluyen.members.QualityRatings.GroupRow;
import vn.renluyen.members.RatingBand;
import vn.renluyen.members.RatingRules;
import vn.renluyen.members.SelfImprovementPlan;
import vn.renluyen.members.SelfImprovementPlans;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/danh-gia: one organization's members for a year (the group of the "xuất sắc" quota): plan, self
 * score, the cell's proposal and the competent level's decision, with the quota in view.
 */
@Route("chi-bo/danh-gia")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.ratings", order = 56, icon = "vaadin:check-square-o")
class RatingsView extends VerticalLayout implements HasDynamicTitle {

    private final QualityRatings ratings;
    private final SelfImprovementPlans plans;
    private final RatingRules rules;
    private final OrganizationYearFilter filter;
    private final Paragraph quota = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Button raise = new Button();
    private final Grid<GroupRow> grid = new Grid<>();
    private Map<Long, SelfImprovementPlan> planOf = Map.of();

    RatingsView(OrganizationService organizations, QualityRatings ratings, SelfImprovementPlans plans,
            RatingRules rules, Clock clock) {
        this.ratings = ratings;
        this.plans = plans;
        this.rules = rules;
        addClassName("ratings-view");
        setSizeFull();
        List<Organization> choices = organizations.manageable();
        filter = new OrganizationYearFilter(choices, "rating.group", clock, this::refresh);
        quota.addClassName("form-hint");
        raise.setText(getTranslation("rating.raiseQuota", rules.raisedQuotaPercent()));
        raise.addThemeVariants(ButtonVariant.LUMO_SMALL);
        raise.setVisible(false);
        raise.addClickListener(click -> new QuotaDialog(ratings, filter.organization(), filter.year(),
                rules.raisedQuotaPercent(), this::refresh).open());

        grid.addComponentColumn(r -> TwoLineCell.of(r.name(), r.excluded() != null
                        ? getTranslation(r.excluded().translationKey()) : plan(r)))
                .setHeader(getTranslation("members.member")).setFlexGrow(3);
        grid.addColumn(r -> r.rating() == null || r.rating().selfScore() == null ? "—"
                : String.valueOf(r.rating().selfScore().total())).setHeader(getTranslation("rating.self")).setFlexGrow(0)
                .setWidth("6rem");
        grid.addColumn(r -> r.rating() == null || r.rating().getProposedBand() == null ? "—"
                : r.rating().proposedScore().total() + " · " + getTranslation(r.rating().getProposedBand().translationKey()))
                .setHeader(getTranslation("rating.proposalHeader")).setFlexGrow(2);
        grid.addColumn(r -> r.rating() == null || r.rating().getDecidedBand() == null ? "—"
                : getTranslation(r.rating().getDecidedBand().translationKey()))
                .setHeader(getTranslation("rating.decision")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H2(getTranslation("rating.title")), new Paragraph(getTranslation("rating.intro")), filter, quota, raise, grid);
        empty.addClassName("form-hint");
        empty.setVisible(false);
        addComponentAtIndex(indexOf(grid), empty);
        // Members belong to cells: start on the first cell rather than on a committee with no members of its own.
        choices.stream().filter(o -> o.getType() == OrganizationType.CELL || o.getType() == OrganizationType.GRASSROOTS_CELL)
                .findFirst().or(() -> choices.stream().findFirst()).ifPresent(filter::choose);
    }

    private String plan(GroupRow row) {
        SelfImprovementPlan plan = planOf.get(row.memberId());
        return getTranslation("rating.planState", plan == null ? getTranslation("plan.none.short")
                : getTranslation(plan.getStatus().translationKey()));
    }

    private Div actions(GroupRow row) {
        Div cell = new Div();
        if (row.excluded() != null) {
            return cell;
        }
        QualityRating rating = row.rating();
        boolean decided = rating != null && rating.getDecidedBand() != null;
        if (!decided) {
            cell.add(small(getTranslation("rating.propose"), () -> new ScoreDialog(ratings, rules, row.memberId(),
                    row.name(), filter.year(), this::refresh).open()));
        }
        if (!decided && row.mayDecide() && rating != null && rating.getProposedBand() != null) {
            cell.add(small(getTranslation("rating.decide"), () -> new DecisionDialog(ratings, row.memberId(), row.name(),
                    filter.year(), rating.getProposedBand(), this::refresh).open()));
        }
        return cell;
    }

    private void refresh() {
        if (filter.organization() == null || filter.year() == null) {
            grid.setItems(List.of());
            return;
        }
        long id = filter.organization().getId();
        planOf = plans.ofSubtree(id, filter.year());
        List<GroupRow> rows = ratings.group(id, filter.year());
        long good = rows.stream().filter(r -> band(r) == RatingBand.GOOD).count();
        long excellent = rows.stream().filter(r -> band(r) == RatingBand.EXCELLENT).count();
        long submitted = rows.stream().map(r -> planOf.get(r.memberId()))
                .filter(p -> p != null && p.getStatus() != PlanStatus.DRAFT).count();
        int percent = ratings.quotaPercent(id, filter.year());
        quota.setText(getTranslation("rating.quotaLine", good, excellent, RatingRules.excellentAllowed((int) good, percent),
                percent, submitted, rows.size()));
        raise.setVisible(percent < rules.raisedQuotaPercent() && ratings.mayDecideFor(id));
        grid.setItems(rows);
        empty.setText(getTranslation("rating.emptyGroup"));
        empty.setVisible(rows.isEmpty());
    }

    private static RatingBand band(GroupRow row) {
        return row.rating() == null ? null : row.rating().getDecidedBand();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title") + " · " + getTranslation("app.name");
    }
}
