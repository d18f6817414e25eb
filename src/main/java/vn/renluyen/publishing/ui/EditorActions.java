package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.EnumSet;
import java.util.function.Supplier;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.PublishingProblem;
import vn.renluyen.publishing.Revision;

/**
 * The workflow steps the current user may take on the item in its present state. Steps that hand the
 * text on (submit, publish, schedule) first save what is on screen, so nobody sends or publishes an
 * older text than the one they read. The service checks every permission again; an access failure
 * goes to the portal's error handler.
 */
class EditorActions extends Div {

    /** Size of revision.note. */
    private static final int NOTE_MAX = 500;

    private final EditorialService editorial;
    private final DraftEditor draft;
    private final Clock clock;
    private final boolean publisher;
    private final Runnable afterChange;
    private final TextField note = new TextField();
    private final Button save = button("publishing.action.save", this::save);
    private final Button submit = button("publishing.action.submit", this::submit);
    private final Button publish = button("publishing.action.publish", this::publish);
    private final Button schedule = button("publishing.action.schedule", this::schedule);
    private final Button sendBack = button("publishing.action.return", this::sendBack);
    private final Button approve = button("publishing.action.approve", this::approve);
    private final Button archive = button("publishing.action.archive", this::archive);
    private EditorialItem item;

    EditorActions(EditorialService editorial, DraftEditor draft, Clock clock, boolean publisher, Runnable afterChange) {
        this.editorial = editorial;
        this.draft = draft;
        this.clock = clock;
        this.publisher = publisher;
        this.afterChange = afterChange;
        addClassName("editor-actions");
        note.setPlaceholder(getTranslation("publishing.editor.note"));
        note.setAriaLabel(getTranslation("publishing.editor.note"));
        note.setMaxLength(NOTE_MAX);
        note.addClassName("revision-note");
        save.addThemeVariants(publisher ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(note, save, submit, publish, schedule, sendBack, approve, archive);
    }

    /** Shows only the steps that the user's role and the item's state allow. */
    void show(EditorialItem current) {
        this.item = current;
        EditorialState state = current.getState();
        submit.setVisible(state == EditorialState.DRAFT);
        publish.setVisible(publisher && state != EditorialState.PUBLISHED);
        schedule.setVisible(publisher && EnumSet.of(EditorialState.DRAFT, EditorialState.IN_REVIEW,
                EditorialState.SCHEDULED).contains(state));
        sendBack.setVisible(publisher && (state == EditorialState.IN_REVIEW || state == EditorialState.SCHEDULED));
        approve.setVisible(publisher && current.getPublishedRevision() != null && !current.isApproved());
        archive.setVisible(publisher && state != EditorialState.ARCHIVED);
    }

    private void save() {
        if (!draft.hasUnsavedChanges()) {
            Notifications.error(getTranslation("publishing.editor.nothingToSave"));
            return;
        }
        EditorialItem before = item;
        run(() -> {
            Revision revision = saveTyped();
            StringBuilder message = new StringBuilder(getTranslation("publishing.done.saved", n(revision.getNumber())));
            if (before.getState() == EditorialState.IN_REVIEW || before.getState() == EditorialState.SCHEDULED) {
                message.append(' ').append(getTranslation("publishing.done.backToDraft"));
            }
            if (before.getState() == EditorialState.ARCHIVED) {
                message.append(' ').append(getTranslation("publishing.done.stillArchived"));
            } else if (before.isLive()) {
                message.append(' ').append(getTranslation("publishing.done.publicUnchanged",
                        n(before.getPublishedRevision())));
            }
            // Someone else saved while this author typed: nothing is lost (every save is a revision), but say so.
            if (revision.getNumber() != before.getLatestRevision() + 1) {
                message.append(' ').append(getTranslation("publishing.done.concurrent"));
            }
            return message.toString();
        });
    }

    private void submit() {
        run(() -> {
            saveIfChanged();
            editorial.submit(item.getId());
            return getTranslation("publishing.done.submitted");
        });
    }

    private void publish() {
        run(() -> {
            int number = saveIfChanged();
            editorial.publish(item.getId());
            return getTranslation("publishing.done.published", n(number));
        });
    }

    private void schedule() {
        new ScheduleDialog(clock.instant(), clock.getZone(), at -> {
            saveIfChanged();
            editorial.schedule(item.getId(), at);
            Notifications.success(getTranslation("publishing.done.scheduled",
                    new ItemLabels(this, clock.getZone()).time(at)));
            afterChange.run();
        }).open();
    }

    private void sendBack() {
        new ReturnDialog(comment -> {
            editorial.returnWithComment(item.getId(), comment);
            Notifications.success(getTranslation("publishing.done.returned"));
            afterChange.run();
        }).open();
    }

    private void approve() {
        run(() -> {
            editorial.approve(item.getId());
            return getTranslation("publishing.done.approved", n(item.getPublishedRevision()));
        });
    }

    private void archive() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("publishing.archive.title"),
                getTranslation("publishing.archive.text"), getTranslation("publishing.action.archive"),
                click -> run(() -> {
                    editorial.archive(item.getId());
                    return getTranslation("publishing.done.archived");
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Saves the typed text if it differs from the newest revision; returns the newest revision's number. */
    private int saveIfChanged() {
        return draft.hasUnsavedChanges() ? saveTyped().getNumber() : item.getLatestRevision();
    }

    private Revision saveTyped() {
        Revision revision = editorial.save(item.getId(), draft.current(), note.getValue());
        note.clear();
        draft.markSaved(revision.draft());
        return revision;
    }

    /** Runs one step; the user reads what happened, and the page shows the item's new state either way. */
    private void run(Supplier<String> step) {
        try {
            Notifications.success(step.get());
        } catch (PublishingProblem problem) {
            Notifications.error(getTranslation(problem.messageKey()));
        }
        afterChange.run();
    }

    private Button button(String key, Runnable action) {
        return new Button(getTranslation(key), click -> action.run());
    }

    /** Revision numbers as plain digits (MessageFormat would group 1000 as "1.000"). */
    private static String n(Integer number) {
        return String.valueOf(number);
    }
}
