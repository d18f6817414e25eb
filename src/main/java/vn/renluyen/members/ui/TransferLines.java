package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.renluyen.base.UserFacingProblem;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.members.Transfers;

/** One transfer as a line: where to, its deadlines, its state, and receive or cancel where allowed. */
final class TransferLines {

    private TransferLines() {
    }

    static Div row(Transfers.TransferLine line, Transfers transfers, Runnable changed) {
        Div row = new Div();
        row.addClassName("member-history-row");
        Span when = new Span(Dates.day(line.issuedOn()));
        when.addClassName("member-history-date");
        Span what = new Span(row.getTranslation(line.kind().translationKey()) + " · " + line.from() + " → " + line.to());
        what.addClassName("cell-primary");
        StringBuilder facts = new StringBuilder();
        if (line.letterNumber() != null) {
            facts.append(row.getTranslation("member.record.decision", line.letterNumber())).append(" · ");
        }
        facts.append(row.getTranslation("transfer.presentBy", Dates.day(line.presentBy())));
        if (line.startBy() != null) {
            facts.append(" · ").append(row.getTranslation("transfer.startBy", Dates.day(line.startBy())));
        }
        if (line.endsOn() != null) {
            facts.append(" · ").append(row.getTranslation("transfer.endsOn", Dates.day(line.endsOn())));
        }
        Span detail = new Span(facts.toString());
        detail.addClassName("cell-secondary");
        Span state = new Span(line.overdue() ? row.getTranslation("transfer.overdue")
                : row.getTranslation(line.status().translationKey())
                        + (line.receivedOn() == null ? "" : " " + Dates.day(line.receivedOn())));
        state.addClassName("state-badge");
        if (line.overdue()) {
            state.addClassName("member-status-suspended");
        }
        Div body = new Div(what, detail, state);
        if (line.mayReceive()) {
            body.add(action(row.getTranslation("transfer.receive"), () -> transfers.receive(line.id()),
                    changed));
        }
        if (line.mayConfirmDeparture()) {
            body.add(action(row.getTranslation("transfer.confirmDeparture"),
                    () -> transfers.confirmDeparture(line.id()),
                    changed));
        }
        if (line.mayCancel()) {
            Button cancel = new Button(row.getTranslation("transfer.cancel"),
                    click -> new CancelTransferDialog(transfers, line.id(), changed).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            body.add(cancel);
        }
        row.add(when, body);
        return row;
    }

    private static Button action(String text, Runnable work, Runnable changed) {
        Button button = new Button(text, click -> {
            try {
                work.run();
                changed.run();
            } catch (RuntimeException e) {
                if (!(e instanceof UserFacingProblem problem)) {
                    throw e;
                }
                Notifications.error(click.getSource().getTranslation(problem.messageKey(), problem.arguments()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
