package vn.renluyen.members.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.members.MemberRecords;
import vn.renluyen.members.SensitiveDetails;

/** Editing the sensitive part: the secretary chain only; the audit line names the fields, not the values. */
class SensitiveDialog extends RecordDialog {

    private final MemberRecords records;
    private final long memberId;
    private final TextField citizenId = new TextField();
    private final TextField phone = new TextField();
    private final TextField ethnicity = new TextField();
    private final TextField religion = new TextField();
    private final TextArea healthNotes = new TextArea();

    SensitiveDialog(MemberRecords records, long memberId, SensitiveDetails current, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("member.record.editSensitive"));
        this.records = records;
        this.memberId = memberId;
        citizenId.setLabel(getTranslation("member.field.citizenId"));
        citizenId.setMaxLength(12);
        phone.setLabel(getTranslation("member.field.phone"));
        ethnicity.setLabel(getTranslation("member.field.ethnicity"));
        religion.setLabel(getTranslation("member.field.religion"));
        healthNotes.setLabel(getTranslation("member.field.healthNotes"));
        healthNotes.setMaxLength(1000);
        citizenId.setValue(MemberForms.text(current.citizenId()));
        phone.setValue(MemberForms.text(current.phone()));
        ethnicity.setValue(MemberForms.text(current.ethnicity()));
        religion.setValue(MemberForms.text(current.religion()));
        healthNotes.setValue(MemberForms.text(current.healthNotes()));
        form.add(citizenId, phone, ethnicity, religion);
        wide(healthNotes);
    }

    @Override
    protected void apply() {
        records.protect(memberId, new SensitiveDetails(citizenId.getValue(), phone.getValue(), ethnicity.getValue(),
                religion.getValue(), healthNotes.getValue()));
    }
}
