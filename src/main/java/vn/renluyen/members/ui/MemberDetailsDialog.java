package vn.renluyen.members.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.members.MemberDetails;
import vn.renluyen.members.MemberService;

/** Editing the general part of a record (the secretary chain and ADMIN). */
class MemberDetailsDialog extends RecordDialog {

    private final MemberService members;
    private final long memberId;
    private final TextField familyMiddle = new TextField();
    private final TextField given = new TextField();
    private final DatePicker birthDate = DatePickers.of(null);
    private final Select<MemberDetails.Sex> sex = new Select<>();
    private final TextField hometown = new TextField();
    private final TextField education = new TextField();
    private final TextField occupation = new TextField();
    private final TextField partyCard = new TextField();

    MemberDetailsDialog(MemberService members, long memberId, MemberDetails current, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("member.record.edit"));
        this.members = members;
        this.memberId = memberId;
        familyMiddle.setLabel(getTranslation("member.field.familyMiddleName"));
        given.setLabel(getTranslation("member.field.givenName"));
        birthDate.setLabel(getTranslation("member.field.birthDate"));
        sex.setLabel(getTranslation("member.field.sex"));
        sex.setItems(MemberDetails.Sex.values());
        sex.setItemLabelGenerator(s -> s == null ? "—" : getTranslation(s.translationKey()));
        sex.setEmptySelectionAllowed(true);
        hometown.setLabel(getTranslation("member.field.hometown"));
        education.setLabel(getTranslation("member.field.education"));
        occupation.setLabel(getTranslation("member.field.occupation"));
        partyCard.setLabel(getTranslation("member.field.partyCard"));
        familyMiddle.setValue(current.familyMiddleName());
        given.setValue(current.givenName());
        birthDate.setValue(current.birthDate());
        sex.setValue(current.sex());
        hometown.setValue(MemberForms.text(current.hometown()));
        education.setValue(MemberForms.text(current.education()));
        occupation.setValue(MemberForms.text(current.occupation()));
        partyCard.setValue(MemberForms.text(current.partyCardNumber()));
        form.add(familyMiddle, given, birthDate, sex, hometown, education, occupation, partyCard);
    }

    @Override
    protected void apply() {
        members.describe(memberId, new MemberDetails(familyMiddle.getValue(), given.getValue(), birthDate.getValue(),
                sex.getValue(), hometown.getValue(), education.getValue(), occupation.getValue(), partyCard.getValue()));
    }
}
