package vn.renluyen.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.TwoLineCell;

/** Đảng viên giúp đỡ: the official members the cell's resolution assigned, and the dialog to assign one. */
class HelpersPanel extends Div {

    HelpersPanel(CandidateFiles files, CandidateFiles.FileView file, Runnable changed) {
        addClassName("member-record-section");
        add(new H3(getTranslation("admission.helpers")));
        if (file.helpers().isEmpty()) {
            add(new Paragraph(getTranslation("admission.helpers.none")));
        }
        file.helpers().forEach(h -> add(TwoLineCell.of(h.fullName(), getTranslation("admission.helpers.resolution",
                h.resolutionNumber(), Dates.day(h.resolutionDate())))));
        if (file.next() != null) {
            Button assign = new Button(getTranslation("admission.helpers.assign"),
                    click -> new HelperDialog(files, file.memberId(), changed).open());
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(assign);
        }
    }

    /** Picks an official member of the candidate's organization and the cell's resolution. */
    static class HelperDialog extends AdmissionDialog {

        private final CandidateFiles files;
        private final long memberId;
        private final ComboBox<CandidateFiles.HelperLine> helper = new ComboBox<>();
        private final TextField number = new TextField();
        private final DatePicker date = DatePickers.of("");

        HelperDialog(CandidateFiles files, long memberId, Runnable saved) {
            super(null, saved);
            setHeaderTitle(getTranslation("admission.helpers.assign"));
            this.files = files;
            this.memberId = memberId;
            helper.setLabel(getTranslation("admission.helpers.member"));
            helper.setItems(files.helperChoices(memberId));
            helper.setItemLabelGenerator(CandidateFiles.HelperLine::fullName);
            number.setLabel(getTranslation("admission.helpers.number"));
            number.setMaxLength(60);
            date.setLabel(getTranslation("admission.helpers.date"));
            wide(helper);
            form.add(number, date);
        }

        @Override
        protected void apply() {
            if (helper.getValue() == null) {
                throw new Missing("admission.error.helperRequired");
            }
            files.assignHelper(memberId, helper.getValue().memberId(), number.getValue(), date.getValue());
        }
    }

    /** A choice of the form itself left empty, shown like the service's refusals. */
    static final class Missing extends RuntimeException implements vn.renluyen.base.UserFacingProblem {

        private final String key;

        Missing(String key) {
            super(key);
            this.key = key;
        }

        @Override
        public String messageKey() {
            return key;
        }
    }
}
