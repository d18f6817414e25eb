package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.Transfers;
import vn.renluyen.security.MemberDirectory;

/** The record's transfers of party activity, with issuing a letter for the member's own chain. */
@org.springframework.stereotype.Component
class TransferRecordSection implements MemberRecordSection {

    private final Transfers transfers;
    private final MemberDirectory directory;

    TransferRecordSection(Transfers transfers, MemberDirectory directory) {
        this.transfers = transfers;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(MemberRecord record) {
        Div section = new Div();
        section.addClassName("member-record-section");
        fill(section, record);
        return Optional.of(section);
    }

    private void fill(Div section, MemberRecord record) {
        section.removeAll();
        section.add(new H3(section.getTranslation("transfer.section")));
        List<Transfers.TransferLine> lines = transfers.ofMember(record.id());
        if (lines.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("transfer.none")));
        }
        Runnable refresh = () -> fill(section, record);
        lines.forEach(line -> section.add(TransferLines.row(line, transfers, refresh)));
        boolean active = record.status() == MemberStatus.PROBATIONARY || record.status() == MemberStatus.OFFICIAL;
        if (record.access().mayEdit() && active) {
            Button issue = new Button(section.getTranslation("transfer.issue"),
                    click -> new TransferDialog(transfers, directory, record, refresh).open());
            issue.addThemeVariants(ButtonVariant.LUMO_SMALL);
            section.add(issue);
        }
    }
}
