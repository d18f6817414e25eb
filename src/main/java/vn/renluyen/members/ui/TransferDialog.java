package vn.renluyen.members.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.TransferKind;
import vn.renluyen.members.Transfers;
import vn.renluyen.security.MemberDirectory;

/** Issuing a transfer letter: to an organization on the portal, or (temporary only) to a place named in words. */
class TransferDialog extends RecordDialog {

    private final Transfers transfers;
    private final long memberId;
    private final RadioButtonGroup<TransferKind> kind = new RadioButtonGroup<>();
    private final ComboBox<MemberDirectory.OrganizationChoice> to = new ComboBox<>();
    private final TextField destination = new TextField();
    private final TextField letterNumber = new TextField();
    private final DatePicker issuedOn = DatePickers.of(null);
    private final DatePicker endsOn = DatePickers.of(null);
    private final TextField note = new TextField();

    TransferDialog(Transfers transfers, MemberDirectory directory, MemberRecord record, Runnable saved) {
        super(null, saved);
        setHeaderTitle(getTranslation("transfer.issue") + ": " + record.fullName());
        this.transfers = transfers;
        this.memberId = record.id();
        kind.setLabel(getTranslation("transfer.kind"));
        kind.setItems(TransferKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(TransferKind.OFFICIAL);
        kind.addValueChangeListener(e -> adapt());
        to.setLabel(getTranslation("transfer.to"));
        to.setItems(directory.organizations().stream().filter(o -> o.id() != record.organizationId()).toList());
        to.setItemLabelGenerator(MemberDirectory.OrganizationChoice::name);
        to.setClearButtonVisible(true);
        destination.setLabel(getTranslation("transfer.destination"));
        destination.setHelperText(getTranslation("transfer.destinationHelp"));
        letterNumber.setLabel(getTranslation("transfer.letterNumber"));
        issuedOn.setLabel(getTranslation("transfer.issuedOn"));
        endsOn.setLabel(getTranslation("transfer.endsOnLabel"));
        note.setLabel(getTranslation("member.step.reason"));
        wide(kind);
        wide(to);
        wide(destination);
        form.add(letterNumber, issuedOn, endsOn);
        wide(note);
        adapt();
    }

    private void adapt() {
        endsOn.setVisible(kind.getValue() == TransferKind.TEMPORARY);
    }

    @Override
    protected void apply() {
        boolean temporary = kind.getValue() == TransferKind.TEMPORARY;
        transfers.issue(memberId, new Transfers.Letter(kind.getValue(), to.getValue() == null ? null : to.getValue().id(),
                to.getValue() == null ? destination.getValue() : null, letterNumber.getValue(), issuedOn.getValue(),
                temporary ? endsOn.getValue() : null, note.getValue()));
    }
}
