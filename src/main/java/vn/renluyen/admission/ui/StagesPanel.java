package vn.renluyen.admission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.admission.Stage;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.admission.StageRecorder;
import vn.renluyen.base.ui.Dates;

/** The stages recorded so far, in order, with their documents; then the form of the next one. */
class StagesPanel extends Div {

    StagesPanel(CandidateFiles files, StageRecorder recorder, CandidateFiles.FileView file, Runnable changed) {
        addClassName("member-record-section");
        add(new H3(getTranslation("admission.stages")), StageBar.of(file.stages().isEmpty() ? null
                : file.stages().getLast().stage()));
        file.stages().forEach(stage -> add(row(stage)));
        file.overrides().forEach(o -> {
            Paragraph line = new Paragraph(getTranslation("admission.override.line",
                    getTranslation(o.rule().translationKey()), o.justification(), o.recordedBy()));
            line.addClassName("admission-override");
            add(line);
        });
        if (file.next() != null && file.next().compareTo(Stage.CELL_RESOLUTION) <= 0) {
            add(plannedVote(files, file, changed));
        }
        if (file.next() == null) {
            add(new Paragraph(getTranslation("admission.file.complete")));
        } else if (!file.mayRecordNext()) {
            Paragraph byCommittee = new Paragraph(getTranslation("admission.stage.byCommittee",
                    getTranslation(file.next().translationKey())));
            byCommittee.addClassName("admission-warning");
            add(byCommittee);
        } else {
            add(new NextStageForm(files, recorder, file, changed));
        }
    }

    /** The day the cell plans to vote: the file warns when a check would fail then. */
    private Div plannedVote(CandidateFiles files, CandidateFiles.FileView file, Runnable changed) {
        DatePicker planned = DatePickers.of(getTranslation("admission.vote.plannedOn"));
        planned.setValue(file.plannedVoteOn());
        planned.addClassName("admission-planned-vote-date");
        Button save = new Button(getTranslation("admission.vote.plan"), click -> {
            files.planVote(file.memberId(), planned.getValue());
            Notifications.success(getTranslation("admission.vote.planSaved"));
            changed.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div line = new Div(planned, save);
        line.addClassName("admission-planned-vote");
        return line;
    }

    private Div row(CandidateFiles.StageLine stage) {
        Span date = new Span(Dates.day(stage.doneOn()));
        date.addClassName("member-history-date");
        Span name = new Span(getTranslation(stage.stage().translationKey())
                + (stage.documentNumber() == null ? "" : " · " + getTranslation("admission.stage.number",
                stage.documentNumber())));
        name.addClassName("cell-primary");
        Span detail = new Span((stage.note() == null ? "" : stage.note() + " · ")
                + getTranslation("admission.stage.recordedBy", stage.recordedBy()));
        detail.addClassName("cell-secondary");
        Div text = new Div(name, detail);
        stage.documents().forEach(d -> text.add(CertificatesPanel.scanLink(this, d)));
        Div row = new Div(date, text);
        row.addClassName("member-history-row");
        return row;
    }
}
