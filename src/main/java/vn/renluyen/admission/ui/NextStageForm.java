package vn.renluyen.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.admission.Finding;
import vn.renluyen.admission.Stage;
import vn.renluyen.admission.StageEntry;
import vn.renluyen.admission.StageRecorder;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.admission.Upload;
import vn.renluyen.base.ui.PdfPicker;

/**
 * The form of the next stage: its date, the number of its resolution or decision where it has one, a note
 * and documents. At the cell's vote the checks are shown for the date picked, with the field for a justified
 * override. A refusal keeps everything typed and picked.
 */
class NextStageForm extends Div {

    private final ProblemText problem = new ProblemText();
    private final DatePicker date = DatePickers.of("");
    private final TextField number = new TextField();
    private final TextArea note = new TextArea();
    private final TextArea justification = new TextArea();
    private final PdfPicker documents = new PdfPicker(5);
    private final Div checks = new Div();

    NextStageForm(CandidateFiles files, StageRecorder recorder, CandidateFiles.FileView file, Runnable changed) {
        addClassName("admission-next-stage");
        Stage stage = file.next();
        add(new H4(getTranslation("admission.stage.next", getTranslation(stage.translationKey()))));
        Paragraph hint = new Paragraph(getTranslation(stage.translationKey() + ".hint"));
        hint.addClassName("cell-secondary");
        add(hint, problem);
        date.setLabel(getTranslation(stage == Stage.CELL_RESOLUTION ? "admission.stage.voteDate" : "admission.stage.date"));
        number.setLabel(getTranslation("admission.stage.documentNumber"));
        number.setMaxLength(60);
        number.setRequiredIndicatorVisible(true);
        number.setVisible(stage.numbered());
        note.setLabel(getTranslation("admission.field.note"));
        note.setMaxLength(2000);
        justification.setLabel(getTranslation("admission.override.justification"));
        justification.setHelperText(getTranslation("admission.override.help"));
        justification.setMaxLength(2000);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(date, number);
        form.add(note, 2);
        if (stage == Stage.CELL_RESOLUTION) {
            checks.addClassName("admission-checks");
            date.addValueChangeListener(e -> showChecks(files.checkVote(file.memberId(), e.getValue())));
            form.add(checks, 2);
            form.add(justification, 2);
        }
        form.add(documents, 2);
        Button save = new Button(getTranslation("admission.stage.save"), click -> {
            if (problem.attempt(() -> recorder.record(file.memberId(), new StageEntry(stage, date.getValue(),
                    number.getValue(), note.getValue(), documents.picked().stream().map(f -> new Upload(f.fileName(), f.bytes())).toList(),
                    stage == Stage.CELL_RESOLUTION ? justification.getValue() : null)))) {
                Notifications.success(getTranslation("admission.stage.saved", getTranslation(stage.translationKey())));
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    private void showChecks(List<Finding> findings) {
        checks.removeAll();
        if (date.getValue() == null) {
            return;
        }
        if (findings.isEmpty()) {
            checks.add(new Paragraph(getTranslation("admission.eligibility.ok")));
            return;
        }
        UnorderedList list = new UnorderedList();
        findings.forEach(f -> list.add(new ListItem(FindingText.of(this, f))));
        checks.add(new Paragraph(getTranslation("admission.eligibility.failed")), list);
    }
}
