package vn.renluyen.admission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.admission.CertificateKind;
import vn.renluyen.admission.Certificates;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.ui.MemberRecordSection;

/** The member record's admission part: the official certificates as recorded and the stages of the file. */
@org.springframework.stereotype.Component
class AdmissionRecordSection implements MemberRecordSection {

    private final CandidateFiles files;
    private final Certificates certificates;

    AdmissionRecordSection(CandidateFiles files, Certificates certificates) {
        this.files = files;
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> render(MemberRecord record) {
        List<Certificates.Line> recorded = certificates.ofMember(record.id());
        CandidateFiles.FileView file = files.file(record.id());
        if (recorded.isEmpty() && !file.opened()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassName("member-record-section");
        section.add(new H3(section.getTranslation("admission.section.title")));
        for (CertificateKind kind : CertificateKind.values()) {
            recorded.stream().filter(c -> c.kind() == kind).findFirst()
                    .ifPresent(c -> section.add(CertificatesPanel.certificateRow(kind, Optional.of(c),
                            record.access() != MemberRecord.Access.SELF)));
        }
        if (file.opened()) {
            section.add(StageBar.of(file.stages().isEmpty() ? null : file.stages().getLast().stage()));
            file.stages().forEach(stage -> {
                Span date = new Span(Dates.day(stage.doneOn()));
                date.addClassName("member-history-date");
                Span name = new Span(section.getTranslation(stage.stage().translationKey()));
                name.addClassName("cell-primary");
                Div row = new Div(date, new Div(name));
                row.addClassName("member-history-row");
                section.add(row);
            });
            if (record.access() != MemberRecord.Access.SELF) {
                section.add(new com.vaadin.flow.router.RouterLink(
                        section.getTranslation("admission.section.openFile"), CandidateFileView.class,
                        new com.vaadin.flow.router.RouteParameters("member", String.valueOf(record.id()))));
            }
        }
        return Optional.of(section);
    }
}
