package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import vn.renluyen.members.PlanText;
import vn.renluyen.members.SelfImprovementPlans;

/** The member writes the year's plan: "Lưu" keeps a draft, "Gửi chi bộ" submits it for checking. */
class PlanDialog extends RecordDialog {

    private final SelfImprovementPlans plans;
    private final int year;
    private final TextArea study = area("plan.part.politicalStudy");
    private final TextArea work = area("plan.part.work");
    private final TextArea ethics = area("plan.part.ethics");
    private final TextArea tasks = area("plan.part.cellTasks");
    private boolean submit;

    PlanDialog(SelfImprovementPlans plans, int year, PlanText current, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("plan.write", year));
        this.plans = plans;
        this.year = year;
        if (current != null) {
            study.setValue(MemberForms.text(current.politicalStudy()));
            work.setValue(MemberForms.text(current.work()));
            ethics.setValue(MemberForms.text(current.ethics()));
            tasks.setValue(MemberForms.text(current.cellTasks()));
        }
        wide(study);
        wide(work);
        wide(ethics);
        wide(tasks);
        Button send = new Button(getTranslation("plan.submit"), click -> {
            submit = true;
            saveNow();
            submit = false;
        });
        getFooter().addComponentAtIndex(1, send);
    }

    private TextArea area(String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(SelfImprovementPlans.MAX_PART);
        area.setMinRows(2);
        return area;
    }

    @Override
    protected void apply() {
        plans.write(year, new PlanText(study.getValue(), work.getValue(), ethics.getValue(), tasks.getValue()), submit);
    }
}
