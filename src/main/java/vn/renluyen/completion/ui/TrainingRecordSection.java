package vn.renluyen.completion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.CompletionConfirmation;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.completion.TrainingTable;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.ui.MemberRecordSection;

/**
 * The member record's "online study" part: progress per program and the portal's online-completion
 * confirmations (supporting evidence, not the official certificates, which the record keeps elsewhere).
 */
@org.springframework.stereotype.Component
class TrainingRecordSection implements MemberRecordSection {

    private final TrainingTable training;
    private final Confirmations confirmations;

    TrainingRecordSection(TrainingTable training, Confirmations confirmations) {
        this.training = training;
        this.confirmations = confirmations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> render(MemberRecord record) {
        TrainingTable.Row row = training.ofMember(record);
        List<CompletionConfirmation> papers = confirmations.ofMember(record.id());
        Div section = new Div();
        section.addClassName("member-record-section");
        section.add(new H3(section.getTranslation("member.section.training")));
        if (!row.hasAccount()) {
            section.add(new Paragraph(section.getTranslation("training.noAccount")));
        }
        Div facts = new Div();
        facts.addClassName("member-facts");
        row.cells().forEach(cell -> facts.add(fact(cell.course().getTitle(), cell.completedOn() != null
                ? section.getTranslation("training.cell.completed", Dates.day(cell.completedOn()))
                : section.getTranslation("training.cell.lessons", cell.lessonsCompleted(), cell.lessons()))));
        section.add(facts);
        papers.forEach(paper -> {
            Anchor link = new Anchor("xac-minh/" + paper.getCode(), paper.getCourseTitle());
            Span state = new Span(paper.isRevoked() ? section.getTranslation("member.section.revoked")
                    : section.getTranslation("member.section.issued", Dates.day(paper.getCompletedOn())));
            state.addClassName("cell-secondary");
            Div line = new Div(new Span(section.getTranslation("member.section.confirmation") + ": "), link, state);
            line.addClassName("member-confirmation");
            section.add(line);
        });
        return Optional.of(section);
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("member-fact-label");
        Span text = new Span(value);
        text.addClassName("member-fact-value");
        Div fact = new Div(name, text);
        fact.addClassName("member-fact");
        return fact;
    }
}
