package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import vn.renluyen.members.PlanText;
import vn.renluyen.members.SelfImprovementPlan;
import vn.renluyen.members.SelfImprovementPlans;

/** The cell checks a submitted plan: "Lưu" approves it; "Trả lại" sends it back with the comment. */
class PlanReviewDialog extends RecordDialog {

    private final SelfImprovementPlans plans;
    private final long memberId;
    private final int year;
    private final TextArea comment = new TextArea();
    private boolean approve = true;

    PlanReviewDialog(SelfImprovementPlans plans, long memberId, SelfImprovementPlan plan, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("plan.review") + " " + plan.getYear());
        this.plans = plans;
        this.memberId = memberId;
        this.year = plan.getYear();
        PlanText text = plan.text();
        wide(part("plan.part.politicalStudy", text.politicalStudy()));
        wide(part("plan.part.work", text.work()));
        wide(part("plan.part.ethics", text.ethics()));
        wide(part("plan.part.cellTasks", text.cellTasks()));
        comment.setLabel(getTranslation("plan.commentLabel"));
        comment.setMaxLength(2000);
        wide(comment);
        Button back = new Button(getTranslation("plan.return"), click -> {
            approve = false;
            saveNow();
            approve = true;
        });
        getFooter().addComponentAtIndex(1, back);
        renameSave(getTranslation("plan.approve"));
    }

    private Div part(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("member-fact-label");
        Div part = new Div(label, new Paragraph(value == null ? "—" : value));
        part.addClassName("member-fact");
        return part;
    }

    @Override
    protected void apply() {
        plans.review(memberId, year, approve, comment.getValue());
    }
}
