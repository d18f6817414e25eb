package vn.renluyen.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.members.MemberDetails;
import vn.renluyen.members.MemberRecord;
import vn.renluyen.members.MemberRecords;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatuses;
import vn.renluyen.members.SensitiveDetails;

/**
 * The member record page's body, for the secretary's view and the member's own: general details, the
 * sensitive part behind a button (so each view of it is a deliberate, audited act), the status history
 * and the sections other features contribute. Editing appears only where the access allows it.
 */
class MemberRecordPanel extends VerticalLayout {

    private final MemberRecords records;
    private final MemberService members;
    private final MemberStatuses statuses;
    private final List<MemberRecordSection> sections;
    private final long memberId;
    private final java.time.Clock clock;

    MemberRecordPanel(MemberRecords records, MemberService members, MemberStatuses statuses,
            List<MemberRecordSection> sections, long memberId, java.time.Clock clock) {
        this.clock = clock;
        this.records = records;
        this.members = members;
        this.statuses = statuses;
        this.sections = sections;
        this.memberId = memberId;
        addClassName("member-record");
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        MemberRecord record = records.record(memberId);
        Span status = new Span(getTranslation(record.status().translationKey()));
        status.addClassNames("state-badge", "member-status-" + record.status().name().toLowerCase());
        Div heading = new Div(new H2(record.fullName()), status);
        heading.addClassName("member-record-heading");
        add(heading, new Paragraph(record.organizationName()));
        if (record.transferredOutOn() != null) {
            Paragraph left = new Paragraph(getTranslation("transfer.left", Dates.day(record.transferredOutOn()),
                    record.transferredOutTo()));
            left.addClassName("form-problem");
            add(left);
        }
        add(general(record), sensitive(record), history(record));
        sections.stream().sorted(Comparator.comparingInt(MemberRecordSection::order))
                .forEach(section -> section.render(record).ifPresent(this::add));
        if (record.access().mayEdit()) {
            add(trail());
        }
    }

    private Component general(MemberRecord record) {
        MemberDetails d = record.details();
        Div facts = facts(
                fact("member.field.birthDate", Dates.day(d.birthDate())),
                fact("member.field.sex", d.sex() == null ? null : getTranslation(d.sex().translationKey())),
                fact("member.field.hometown", d.hometown()),
                fact("member.field.education", d.education()),
                fact("member.field.occupation", d.occupation()),
                fact("member.field.partyCard", d.partyCardNumber()),
                fact("member.field.admissionDate", day(record.admissionDate())),
                fact("member.field.ceremonyDate", day(record.ceremonyDate())),
                fact("member.field.probationEnd", day(record.probationEnd())),
                fact("member.field.officialDate", day(record.officialDate())));
        Div section = section("member.record.general", facts);
        if (record.access().mayEdit()) {
            section.add(small(getTranslation("member.record.edit"),
                    () -> new MemberDetailsDialog(members, memberId, d, this::refresh).open()));
        }
        return section;
    }

    /** Hidden until asked for: reading it writes an audit line. */
    private Component sensitive(MemberRecord record) {
        Div section = section("member.record.sensitive", new Paragraph(getTranslation("member.record.sensitiveNote")));
        Button show = new Button(getTranslation("member.record.showSensitive"));
        show.addThemeVariants(ButtonVariant.LUMO_SMALL);
        show.addClickListener(click -> {
            SensitiveDetails s = records.sensitive(memberId);
            section.replace(show, facts(
                    fact("member.field.citizenId", s.citizenId()),
                    fact("member.field.phone", s.phone()),
                    fact("member.field.ethnicity", s.ethnicity()),
                    fact("member.field.religion", s.religion()),
                    fact("member.field.healthNotes", s.healthNotes())));
            if (record.access() == MemberRecord.Access.SECRETARY) {
                section.add(small(getTranslation("member.record.editSensitive"),
                        () -> new SensitiveDialog(records, memberId, s, this::refresh).open()));
            }
        });
        section.add(show);
        return section;
    }

    private Component history(MemberRecord record) {
        Div list = new Div();
        list.addClassName("member-history");
        record.history().reversed().forEach(step -> {
            Span when = new Span(Dates.day(step.effectiveOn()));
            when.addClassName("member-history-date");
            Span what = new Span(getTranslation(step.kind().translationKey()) + " · "
                    + getTranslation(step.status().translationKey()));
            what.addClassName("cell-primary");
            String decision = step.decisionNumber() == null ? ""
                    : getTranslation("member.record.decision", step.decisionNumber()) + " · ";
            Span why = new Span(decision + step.reason());
            why.addClassName("cell-secondary");
            Div row = new Div(when, new Div(what, why));
            row.addClassName("member-history-row");
            list.add(row);
        });
        Div section = section("member.record.history", list);
        if (record.access().mayEdit()) {
            Button step = small(getTranslation("member.record.recordStep"),
                    () -> new StatusStepDialog(statuses, record, this::refresh).open());
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(step);
        }
        return section;
    }

    /** The audit trail, folded: every change and every view of the sensitive part, with who and when. */
    private Component trail() {
        Div list = new Div();
        list.addClassName("member-history");
        List<vn.renluyen.base.AuditEntry> entries = records.trail(memberId);
        entries.reversed().forEach(entry -> {
            Span when = new Span(Dates.moment(entry.getAt(), clock));
            when.addClassName("member-history-date");
            String label = getTranslation("audit." + entry.getAction());
            Span what = new Span((label.startsWith("!") ? entry.getAction() : label) + " · " + entry.getActor());
            what.addClassName("cell-primary");
            Span detail = new Span(entry.getAfter() == null ? "" : entry.getAfter());
            detail.addClassName("cell-secondary");
            Div row = new Div(when, new Div(what, detail));
            row.addClassName("member-history-row");
            list.add(row);
        });
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                getTranslation("member.record.trail", entries.size()), list);
        Div section = new Div(details);
        section.addClassName("member-record-section");
        return section;
    }

    private Div section(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("member-record-section");
        return section;
    }

    private Div facts(Div... facts) {
        Div grid = new Div(facts);
        grid.addClassName("member-facts");
        return grid;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("member-fact-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("member-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("member-fact");
        return fact;
    }

    private static String day(LocalDate date) {
        return date == null ? null : Dates.day(date);
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
