package vn.renluyen.admission.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.admission.Probations;
import vn.renluyen.base.ui.DatePickers;

/** Công nhận đảng viên chính thức: the cell's resolution, the committee's decision and the date it takes effect. */
class RecognitionDialog extends AdmissionDialog {

    private final Probations probations;
    private final long memberId;
    private final TextField cellNumber = new TextField();
    private final DatePicker cellDate = DatePickers.of("");
    private final TextField decision = new TextField();
    private final DatePicker officialOn = DatePickers.of("");
    private final TextArea note = new TextArea();

    RecognitionDialog(Probations probations, Probations.Line line, Runnable saved) {
        super(null, saved);
        this.probations = probations;
        this.memberId = line.memberId();
        setHeaderTitle(getTranslation("probation.recognize.title", line.fullName()));
        cellNumber.setLabel(getTranslation("probation.cellResolution"));
        cellNumber.setMaxLength(60);
        cellDate.setLabel(getTranslation("probation.cellResolutionDate"));
        decision.setLabel(getTranslation("probation.decision"));
        decision.setMaxLength(60);
        officialOn.setLabel(getTranslation("probation.officialOn"));
        officialOn.setValue(line.end());
        note.setLabel(getTranslation("admission.field.note"));
        note.setMaxLength(2000);
        form.add(cellNumber, cellDate, decision, officialOn);
        wide(note);
    }

    @Override
    protected void apply() {
        probations.recognize(memberId, cellNumber.getValue(), cellDate.getValue(), decision.getValue(),
                officialOn.getValue(), note.getValue());
    }
}
