package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.base.Texts;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.PreviewRenderer;
import vn.renluyen.publishing.PublicLinks;
import vn.renluyen.publishing.PublishingProblem;
import vn.renluyen.publishing.Revision;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;
import vn.renluyen.security.Roles;

/**
 * One item: where it stands (state, public revision, approval, review comment, schedule), its text with a
 * live preview, the workflow steps the user may take, and its history with diff and restore.
 */
@Route("bien-tap/:itemId(\\d{1,18})")
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
class EditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ITEM_ID = "itemId";

    private final EditorialService editorial;
    private final List<PublicLinks> publicLinks;
    private final ItemLabels labels;
    private final DraftEditor draft;
    private final EditorActions actions;
    private final HistoryPanel history;
    private final H2 heading = new H2();
    private final Div status = new Div();
    private final Div reviewComment = new Div();
    private final Anchor publicLink = new Anchor();
    private final List<ItemDetails> details;
    private final TabSheet tabs = new TabSheet();
    private EditorialItem item;

    EditorView(EditorialService editorial, MarkdownRenderer renderer, List<PublicLinks> publicLinks,
            List<PreviewRenderer> previews, List<ItemDetails> details, CurrentUser currentUser, Clock clock) {
        this.editorial = editorial;
        this.details = details;
        this.publicLinks = publicLinks;
        this.labels = new ItemLabels(this, clock.getZone());
        this.draft = new DraftEditor(renderer, previews);
        this.actions = new EditorActions(editorial, draft, clock, currentUser.has(Role.PUBLISHER), this::refresh);
        this.history = new HistoryPanel(editorial, labels, this::restore);
        addClassName("editor-view");
        status.addClassName("editor-status");
        reviewComment.addClassName("review-comment");
        publicLink.setText(getTranslation("publishing.editor.publicPage"));
        publicLink.setTarget(AnchorTarget.BLANK);
        publicLink.getElement().setAttribute("rel", "noopener");
        publicLink.addClassName("public-link");
        tabs.add(getTranslation("publishing.editor.tabWrite"), draft);
        tabs.add(getTranslation("publishing.editor.tabHistory"), history);
        tabs.setWidthFull();
        RouterLink back = new RouterLink(getTranslation("publishing.editor.back"), WorklistView.class);
        back.addClassName("back-link");
        add(back, heading, status, reviewComment, publicLink, actions, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ITEM_ID);
        try {
            item = id.map(editorial::get).orElse(null);
        } catch (PublishingProblem unknown) {
            item = null;
        }
        if (item == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft.setKind(item.getKind());
        draft.show(editorial.revision(item.getId(), item.getLatestRevision()).draft());
        EditorialItem shown = item;
        details.stream().map(d -> d.formFor(shown)).flatMap(Optional::stream).findFirst()
                .ifPresent(form -> tabs.add(new com.vaadin.flow.component.tabs.Tab(
                        getTranslation("publishing.editor.tabDetails")), form, 1));
        refresh();
    }

    /** Reads the item again after every step, so the page never shows a state the server no longer has. */
    private void refresh() {
        item = editorial.get(item.getId());
        heading.setText(item.getTitle());
        showStatus();
        boolean returned = item.getState() == EditorialState.DRAFT && !Texts.isBlank(item.getReviewComment());
        reviewComment.setVisible(returned);
        if (returned) {
            Span label = new Span(getTranslation("publishing.status.reviewComment"));
            label.addClassName("review-comment-label");
            reviewComment.removeAll();
            reviewComment.add(label, new Span(item.getReviewComment()));
        }
        Optional<String> path = item.isLive() ? publicLinks.stream().map(links -> links.publicPath(item))
                .flatMap(Optional::stream).findFirst() : Optional.empty();
        path.ifPresent(publicLink::setHref);
        publicLink.setVisible(path.isPresent());
        actions.show(item);
        history.show(item);
    }

    private void showStatus() {
        status.removeAll();
        status.add(labels.state(item.getState()));
        if (item.getPublishedRevision() == null) {
            status.add(fact(getTranslation("publishing.public.none"), false));
        } else {
            status.add(fact(getTranslation("publishing.public.revision", String.valueOf(item.getPublishedRevision())),
                    false));
            status.add(fact(getTranslation(item.isApproved() ? "publishing.public.approved"
                    : "publishing.public.notApproved"), !item.isApproved()));
        }
        if (item.getScheduledFor() != null) {
            status.add(fact(getTranslation("publishing.status.scheduledFor", labels.time(item.getScheduledFor())),
                    false));
        }
        status.add(fact(getTranslation("publishing.status.latest", String.valueOf(item.getLatestRevision()))
                + " · " + labels.kindAndUpdated(item), false));
    }

    private static Span fact(String text, boolean warning) {
        Span span = new Span(text);
        span.addClassName(warning ? "status-warning" : "status-fact");
        return span;
    }

    /** Restoring replaces the typed text; unsaved typing is only dropped after the author agrees. */
    private void restore(int number) {
        if (!draft.hasUnsavedChanges()) {
            restoreNow(number);
            return;
        }
        confirm(getTranslation("publishing.unsaved.restore"), getTranslation("publishing.history.restore"),
                getTranslation("common.cancel"), () -> restoreNow(number));
    }

    private void restoreNow(int number) {
        try {
            Revision made = editorial.restore(item.getId(), number);
            draft.show(made.draft());
            Notifications.success(getTranslation("publishing.done.restored", String.valueOf(number),
                    String.valueOf(made.getNumber())));
        } catch (PublishingProblem problem) {
            Notifications.error(getTranslation(problem.messageKey()));
        }
        refresh();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (item != null && draft.hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            confirm(getTranslation("publishing.unsaved.leave"), getTranslation("publishing.unsaved.discard"),
                    getTranslation("publishing.unsaved.stay"), leave::proceed);
        }
    }

    /** Asks before typed text is thrown away. */
    private void confirm(String text, String confirmText, String cancelText, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("publishing.unsaved.title"), text, confirmText,
                e -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        String what = item == null ? getTranslation("publishing.worklist.title") : item.getTitle();
        return what + " · " + getTranslation("app.name");
    }
}
