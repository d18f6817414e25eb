package vn.renluyen.members.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.MemberStatuses;
import vn.renluyen.members.StatusStep;

/**
 * Recording a status step: only the steps that may start from the record's status are offered; the
 * rules themselves (dates, decisions, the probation) are the service's, and its message shows here.
 */
class StatusStepDialog extends RecordDialog {

    private final MemberStatuses statuses;
    private final long memberId;
    private final Select<StatusStep> step = new Select<>();
    private final TextField decision = new TextField();
    private final DatePicker decisionDate = DatePickers.of(null);
    private final DatePicker effectiveOn = DatePickers.of(null);
    private final TextArea reason = new TextArea();
    private final Paragraph hint = new Paragraph();

    StatusStepDialog(MemberStatuses statuses, MemberRecord record, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("member.record.recordStep") + ": " + record.fullName());
        this.statuses = statuses;
        this.memberId = record.id();
        List<StatusStep> possible = Arrays.stream(StatusStep.values()).filter(s -> s.startsFrom(record.status()))
                .toList();
        step.setLabel(getTranslation("member.step.label"));
        step.setItems(possible);
        step.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        decision.setLabel(getTranslation("member.step.decisionNumber"));
        decisionDate.setLabel(getTranslation("member.step.decisionDate"));
        reason.setLabel(getTranslation("member.step.reason"));
        reason.setMaxLength(1000);
        hint.addClassName("form-hint");
        step.addValueChangeListener(e -> adapt(e.getValue(), record));
        form.add(step, decision, decisionDate, effectiveOn);
        wide(reason);
        wide(hint);
        if (!possible.isEmpty()) {
            step.setValue(possible.getFirst());
        }
    }

    /** Admission asks for the decision's date and the ceremony's; the others for one effective date. */
    private void adapt(StatusStep chosen, MemberRecord record) {
        boolean admission = chosen == StatusStep.ADMITTED;
        decisionDate.setVisible(admission);
        effectiveOn.setLabel(getTranslation(admission ? "member.step.ceremonyDate" : "member.step.effectiveOn"));
        hint.setText(switch (chosen) {
            case ADMITTED -> getTranslation("member.step.admitted.hint");
            case RECOGNIZED -> record.probationEnd() == null ? getTranslation("member.recognize.noCeremony")
                    : getTranslation("member.step.recognized.hint", vn.renluyen.base.ui.Dates.day(record.probationEnd()));
            case EXEMPTED -> getTranslation("member.step.exempted.hint");
            default -> "";
        });
    }

    @Override
    protected void apply() {
        StatusStep chosen = step.getValue();
        if (chosen == null) {
            return;
        }
        String number = decision.getValue();
        String why = reason.getValue();
        switch (chosen) {
            case ADMITTED -> statuses.admit(memberId, number, decisionDate.getValue(), effectiveOn.getValue(), why);
            case RECOGNIZED -> statuses.recognize(memberId, number, effectiveOn.getValue(), why);
            case EXEMPTED -> statuses.exempt(memberId, number, effectiveOn.getValue(), why);
            case EXEMPTION_ENDED -> statuses.endExemption(memberId, number, effectiveOn.getValue(), why);
            case SUSPENDED -> statuses.suspend(memberId, number, effectiveOn.getValue(), why);
            case REINSTATED -> statuses.reinstate(memberId, number, effectiveOn.getValue(), why);
            case REMOVED -> statuses.remove(memberId, number, effectiveOn.getValue(), why);
            default -> throw new IllegalStateException("Not offered: " + chosen);
        }
    }
}
