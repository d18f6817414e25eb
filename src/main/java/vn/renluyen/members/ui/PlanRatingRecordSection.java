package vn.renluyen.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.PlanStatus;
import vn.renluyen.members.QualityRating;
import vn.renluyen.members.QualityRatings;
import vn.renluyen.members.RatingRules;
import vn.renluyen.members.SelfImprovementPlan;
import vn.renluyen.members.SelfImprovementPlans;

/**
 * Yearly plans and ratings on the record: the member writes, submits and reviews their plan and assesses
 * themself; the secretary chain approves or returns the plan (the proposal and decision are on
 * /chi-bo/danh-gia, where the group's quota is in view).
 */
@org.springframework.stereotype.Component
class PlanRatingRecordSection implements MemberRecordSection {

    private final SelfImprovementPlans plans;
    private final QualityRatings ratings;
    private final RatingRules rules;
    private final Clock clock;

    PlanRatingRecordSection(SelfImprovementPlans plans, QualityRatings ratings, RatingRules rules, Clock clock) {
        this.plans = plans;
        this.ratings = ratings;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public Optional<Component> render(MemberRecord record) {
        if (record.status() != MemberStatus.PROBATIONARY && record.status() != MemberStatus.OFFICIAL
                && record.status() != MemberStatus.EXEMPT && record.status() != MemberStatus.SUSPENDED) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassName("member-record-section");
        fill(section, record);
        return Optional.of(section);
    }

    private void fill(Div section, MemberRecord record) {
        section.removeAll();
        Runnable refresh = () -> fill(section, record);
        int year = LocalDate.now(clock).getYear();
        boolean self = record.access() == MemberRecord.Access.SELF;
        section.add(new H3(section.getTranslation("plan.section")));
        List<SelfImprovementPlan> history = plans.history(record.id());
        Optional<SelfImprovementPlan> current = history.stream().filter(p -> p.getYear() == year).findFirst();
        if (history.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("plan.none")));
        }
        history.forEach(plan -> section.add(planLine(section, plan)));
        PlanStatus status = current.map(SelfImprovementPlan::getStatus).orElse(null);
        if (self && (status == null || status == PlanStatus.DRAFT || status == PlanStatus.RETURNED)) {
            section.add(button(section.getTranslation("plan.write", year), () -> new PlanDialog(plans, year,
                    current.map(SelfImprovementPlan::text).orElse(null), refresh).open()));
        }
        if (self && status == PlanStatus.APPROVED && current.get().getSelfReview() == null) {
            section.add(button(section.getTranslation("plan.selfReview"),
                    () -> new SelfReviewDialog(plans, year, refresh).open()));
        }
        if (record.access() == MemberRecord.Access.SECRETARY && status == PlanStatus.SUBMITTED) {
            section.add(button(section.getTranslation("plan.review"),
                    () -> new PlanReviewDialog(plans, record.id(), current.get(), refresh).open()));
        }

        section.add(new H3(section.getTranslation("rating.section")));
        List<QualityRating> rated = ratings.history(record.id());
        if (rated.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("rating.none")));
        }
        rated.forEach(r -> section.add(ratingLine(section, r)));
        if (self) {
            section.add(button(section.getTranslation("rating.selfTitle", year),
                    () -> new ScoreDialog(ratings, rules, null, record.fullName(), year, refresh).open()));
        }
    }

    private static Div planLine(Component owner, SelfImprovementPlan plan) {
        Span year = new Span(String.valueOf(plan.getYear()));
        year.addClassName("member-history-date");
        Span state = new Span(owner.getTranslation(plan.getStatus().translationKey()));
        state.addClassName("cell-primary");
        String more = plan.getReviewComment() == null ? "" : owner.getTranslation("plan.comment", plan.getReviewComment());
        Span detail = new Span(plan.text().politicalStudy() == null ? more
                : owner.getTranslation("plan.part.politicalStudy") + ": " + plan.text().politicalStudy()
                        + (more.isEmpty() ? "" : " · " + more));
        detail.addClassName("cell-secondary");
        Div line = new Div(year, new Div(state, detail));
        line.addClassName("member-history-row");
        return line;
    }

    private static Div ratingLine(Component owner, QualityRating r) {
        Span year = new Span(String.valueOf(r.getYear()));
        year.addClassName("member-history-date");
        String decided = r.getDecidedBand() != null ? owner.getTranslation(r.getDecidedBand().translationKey())
                : owner.getTranslation("rating.pending");
        Span band = new Span(decided);
        band.addClassName("cell-primary");
        StringBuilder facts = new StringBuilder();
        if (r.selfScore() != null) {
            facts.append(owner.getTranslation("rating.selfScore", r.selfScore().total()));
        }
        if (r.getProposedBand() != null) {
            facts.append(facts.isEmpty() ? "" : " · ").append(owner.getTranslation("rating.proposal",
                    r.proposedScore().total(), owner.getTranslation(r.getProposedBand().translationKey())));
        }
        Span detail = new Span(facts.toString());
        detail.addClassName("cell-secondary");
        Div line = new Div(year, new Div(band, detail));
        line.addClassName("member-history-row");
        return line;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
