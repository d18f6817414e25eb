package vn.renluyen.members.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.LongConsumer;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.Organization;

/**
 * Entering a record: a new candidate, or an existing member with the status held today and the date it
 * began (the ceremony for a probationary member, recognition for an official one).
 */
class NewMemberDialog extends RecordDialog {

    private final MemberService members;
    private final LongConsumer created;
    private final TextField familyMiddle = new TextField();
    private final TextField given = new TextField();
    private final DatePicker birthDate = DatePickers.of(null);
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Select<MemberStatus> status = new Select<>();
    private final DatePicker since = DatePickers.of(null);
    private final TextField decision = new TextField();
    private final TextField reason = new TextField();

    NewMemberDialog(MemberService members, List<Organization> organizations, Organization chosen, LongConsumer created) {
        super(null, () -> { });
        setHeaderTitle(getTranslation("member.new.title"));
        this.members = members;
        this.created = created;
        familyMiddle.setLabel(getTranslation("member.field.familyMiddleName"));
        given.setLabel(getTranslation("member.field.givenName"));
        birthDate.setLabel(getTranslation("member.field.birthDate"));
        organization.setLabel(getTranslation("members.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setValue(chosen);
        status.setLabel(getTranslation("member.new.status"));
        status.setItems(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL);
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setValue(MemberStatus.CANDIDATE);
        since.setLabel(getTranslation("member.new.since"));
        since.setHelperText(getTranslation("member.new.sinceHelp"));
        decision.setLabel(getTranslation("member.step.decisionNumber"));
        reason.setLabel(getTranslation("member.step.reason"));
        reason.setValue(getTranslation("member.new.defaultReason"));
        form.add(familyMiddle, given, birthDate, status, since, decision);
        wide(organization);
        wide(reason);
    }

    @Override
    protected void apply() {
        if (organization.getValue() == null) {
            throw new Missing("member.new.organizationRequired");
        }
        long id = members.register(familyMiddle.getValue(), given.getValue(), birthDate.getValue(),
                organization.getValue().getId(), status.getValue(), since.getValue(), decision.getValue(),
                reason.getValue()).getId();
        created.accept(id);
    }
}
