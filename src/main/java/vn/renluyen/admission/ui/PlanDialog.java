package vn.renluyen.admission.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.renluyen.admission.AdmissionPlans;

/** Sets (or changes) an organization's admission target for one year. */
class PlanDialog extends AdmissionDialog {

    private final IntegerField target = new IntegerField();
    private final TextArea note = new TextArea();
    private final AdmissionPlans plans;
    private final AdmissionPlans.Progress progress;

    PlanDialog(AdmissionPlans plans, AdmissionPlans.Progress progress, String organizationName, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("admission.plan.dialog", String.valueOf(progress.year()), organizationName));
        target.setLabel(getTranslation("admission.plan.target"));
        target.setMin(0);
        target.setStepButtonsVisible(true);
        target.setValue(progress.target());
        note.setLabel(getTranslation("admission.field.note"));
        note.setMaxLength(2000);
        note.setValue(progress.note() == null ? "" : progress.note());
        form.add(target);
        wide(note);
        this.plans = plans;
        this.progress = progress;
    }

    @Override
    protected void apply() {
        plans.set(progress.organizationId(), progress.year(), target.getValue(), note.getValue());
    }
}
