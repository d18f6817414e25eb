package vn.renluyen.members.ui;

import com.vaadin.flow.component.textfield.TextArea;
import vn.renluyen.members.SelfImprovementPlans;

/** The year-end self-review against the approved plan. */
class SelfReviewDialog extends RecordDialog {

    private final SelfImprovementPlans plans;
    private final int year;
    private final TextArea text = new TextArea();

    SelfReviewDialog(SelfImprovementPlans plans, int year, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("plan.selfReview"));
        this.plans = plans;
        this.year = year;
        text.setLabel(getTranslation("plan.selfReviewText", year));
        text.setMaxLength(SelfImprovementPlans.MAX_PART);
        text.setMinRows(4);
        wide(text);
    }

    @Override
    protected void apply() {
        plans.selfReview(year, text.getValue());
    }
}
