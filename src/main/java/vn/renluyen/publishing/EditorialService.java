package vn.renluyen.publishing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.base.Texts;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/**
 * The one editorial workflow for lessons, stories and news. EDITOR writes and submits; PUBLISHER
 * also returns with a comment, schedules, publishes, approves and archives. Every save is a new
 * revision; every step is audited. The portal itself (an ADMIN system task) imports content/.
 */
@Service
public class EditorialService {

    static final String AUDIT_TYPE = "editorial-item";

    private final EditorialItemRepository items;
    private final RevisionRepository revisions;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<DraftValidator> validators;
    private final List<PublishGuard> guards;
    private final PortalI18nProvider i18n;
    private final WorkingCopies copies;

    EditorialService(EditorialItemRepository items, RevisionRepository revisions, CurrentUser currentUser,
            AuditLog auditLog, ApplicationEventPublisher events, Clock clock, List<DraftValidator> validators,
            List<PublishGuard> guards, PortalI18nProvider i18n, WorkingCopies copies) {
        this.i18n = i18n;
        this.copies = copies;
        this.validators = validators;
        this.guards = guards;
        this.items = items;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public EditorialItem create(ItemKind kind, Draft draft) {
        requireWriter();
        EditorialItem item = items.save(new EditorialItem(kind, checked(draft).title(), clock.instant()));
        addRevision(item, draft, RevisionSource.EDITOR, null);
        auditLog.record("publishing.created", AUDIT_TYPE, item.getId(), null, kind + ": " + item.getTitle());
        return item;
    }

    /** A new revision; a published item keeps showing its published revision until the next publish. */
    @Transactional
    public Revision save(long itemId, Draft draft, String note) {
        requireWriter();
        EditorialItem item = item(itemId);
        Revision revision = addRevision(item, checked(draft), RevisionSource.EDITOR, Texts.nfc(note));
        EditorialState before = item.getState();
        backToDraft(item);
        auditLog.record("publishing.saved", AUDIT_TYPE, itemId, before + " r" + (revision.getNumber() - 1),
                item.getState() + " r" + revision.getNumber());
        return revision;
    }

    @Transactional
    public void submit(long itemId) {
        requireWriter();
        EditorialItem item = item(itemId);
        require(item, EditorialState.DRAFT);
        item.setReviewComment(null);
        transition(item, EditorialState.IN_REVIEW, "publishing.submitted");
    }

    @Transactional
    public void returnWithComment(long itemId, String comment) {
        currentUser.requireRole(Role.PUBLISHER);
        if (Texts.isBlank(comment)) {
            throw new PublishingProblem("publishing.error.commentRequired");
        }
        EditorialItem item = item(itemId);
        require(item, EditorialState.IN_REVIEW, EditorialState.SCHEDULED);
        item.setReviewComment(Texts.nfc(comment));
        transition(item, EditorialState.DRAFT, "publishing.returned");
    }

    /** Publishes the newest revision now; a publisher's publish is also an approval. */
    @Transactional
    public void publish(long itemId) {
        currentUser.requireRole(Role.PUBLISHER);
        EditorialItem item = item(itemId);
        require(item, EditorialState.DRAFT, EditorialState.IN_REVIEW, EditorialState.SCHEDULED,
                EditorialState.ARCHIVED);
        publishNow(item, true, "publishing.published");
    }

    @Transactional
    public void schedule(long itemId, Instant at) {
        currentUser.requireRole(Role.PUBLISHER);
        if (at == null || !at.isAfter(clock.instant())) {
            throw new PublishingProblem("publishing.error.scheduleInPast");
        }
        EditorialItem item = item(itemId);
        require(item, EditorialState.DRAFT, EditorialState.IN_REVIEW, EditorialState.SCHEDULED);
        EditorialState before = item.getState();
        item.scheduleFor(at, clock.instant());
        copies.follow(item);
        auditLog.record("publishing.scheduled", AUDIT_TYPE, itemId, before.name(), "SCHEDULED " + at);
    }

    /**
     * Publishes what is due by the clock; run by the scheduler as the portal itself. An item a feature
     * refuses to publish (see {@link PublishGuard}) goes back to its writer with the reason, so it
     * neither blocks the others nor is retried every poll.
     */
    @Transactional
    public int publishDue() {
        List<EditorialItem> due = items.findByStateAndScheduledForLessThanEqual(EditorialState.SCHEDULED,
                clock.instant());
        int published = 0;
        for (EditorialItem item : due) {
            try {
                publishNow(item, true, "publishing.publishedOnSchedule");
                published++;
            } catch (UserFacingException refused) {
                item.setReviewComment(i18n.getTranslation(refused.messageKey(), PortalI18nProvider.VIETNAMESE));
                transition(item, EditorialState.DRAFT, "publishing.scheduleRefused");
            }
        }
        return published;
    }

    /** Approves the published revision as it is (imported lessons start unapproved). */
    @Transactional
    public void approve(long itemId) {
        currentUser.requireRole(Role.PUBLISHER);
        EditorialItem item = item(itemId);
        if (item.getPublishedRevision() == null) {
            throw new PublishingProblem("publishing.error.notPublished");
        }
        item.approvePublished(clock.instant());
        auditLog.record("publishing.approved", AUDIT_TYPE, itemId, null, "r" + item.getApprovedRevision());
    }

    @Transactional
    public void archive(long itemId) {
        currentUser.requireRole(Role.PUBLISHER);
        EditorialItem item = item(itemId);
        transition(item, EditorialState.ARCHIVED, "publishing.archived");
        events.publishEvent(new ItemArchived(item.getId(), item.getKind()));
    }

    /** Makes an old revision the newest again, as a new revision: nothing is ever lost. */
    @Transactional
    public Revision restore(long itemId, int number) {
        requireWriter();
        EditorialItem item = item(itemId);
        Revision old = revision(itemId, number);
        Revision restored = addRevision(item, old.draft(), RevisionSource.RESTORE, "r" + number);
        backToDraft(item);
        auditLog.record("publishing.restored", AUDIT_TYPE, itemId, "r" + number, "r" + restored.getNumber());
        return restored;
    }

    @Transactional(readOnly = true)
    public EditorialItem get(long itemId) {
        requireWriter();
        return item(itemId);
    }

    @Transactional(readOnly = true)
    public List<EditorialItem> worklist(Set<EditorialState> states) {
        requireWriter();
        return states.isEmpty() ? items.findAllByOrderByUpdatedAtDesc()
                : items.findByStateInOrderByUpdatedAtDesc(states);
    }

    @Transactional(readOnly = true)
    public List<Revision> history(long itemId) {
        requireWriter();
        return revisions.history(itemId);
    }

    /** Any revision, drafts included: for writers only (the public reads {@link #publishedRevision}). */
    @Transactional(readOnly = true)
    public Revision revision(long itemId, int number) {
        requireWriter();
        return revisions.find(itemId, number).orElseThrow(() -> new PublishingProblem("publishing.error.noRevision"));
    }

    /** What the public reads: the published revision of a live item. No login needed. */
    @Transactional(readOnly = true)
    public Optional<Revision> publishedRevision(long itemId) {
        return items.findById(itemId).filter(EditorialItem::isLive)
                .flatMap(item -> revisions.find(itemId, item.getPublishedRevision()));
    }

    /** Public facts about an item (live, approved), without its working state. */
    @Transactional(readOnly = true)
    public Optional<EditorialItem> publicItem(long itemId) {
        return items.findById(itemId).filter(EditorialItem::isLive);
    }

    /** Line by line differences between two revisions of the body (title and summary on top). */
    @Transactional(readOnly = true)
    public List<DiffLine> diff(long itemId, int from, int to) {
        requireWriter();
        List<String> before = lines(revision(itemId, from));
        List<String> after = lines(revision(itemId, to));
        Patch<String> patch = DiffUtils.diff(before, after);
        List<DiffLine> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new DiffLine(DiffLine.Kind.SAME, before.get(position)));
            }
            delta.getSource().getLines().forEach(l -> result.add(new DiffLine(DiffLine.Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> result.add(new DiffLine(DiffLine.Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            result.add(new DiffLine(DiffLine.Kind.SAME, before.get(position)));
        }
        return result;
    }

    /**
     * Brings a content/ file in. Nothing changes when the file is the one imported last time, or when
     * the item was edited in the portal since (CONFLICT: a publisher chooses with
     * {@link #takeImported} or {@link #keepPortalVersion}).
     */
    @Transactional
    public ImportResult importFile(Long itemId, ItemKind kind, Draft draft, String hash, boolean publish) {
        currentUser.requireRole(Role.ADMIN);
        if (itemId == null) {
            EditorialItem item = items.save(new EditorialItem(kind, draft.title(), clock.instant()));
            Revision first = addRevision(item, draft, RevisionSource.IMPORT, null);
            item.importedFrom(hash, first.getNumber());
            if (publish) {
                publishNow(item, false, "publishing.importPublished");
            }
            auditLog.record("publishing.imported", AUDIT_TYPE, item.getId(), null, kind + ": " + item.getTitle());
            return new ImportResult(item, ImportOutcome.CREATED);
        }
        EditorialItem item = item(itemId);
        if (hash.equals(item.getImportedHash())) {
            return new ImportResult(item, ImportOutcome.UNCHANGED);
        }
        int lastImport = item.getImportedRevision() == null ? 0 : item.getImportedRevision();
        if (revisions.existsNewerNotFrom(itemId, lastImport, RevisionSource.IMPORT)) {
            return new ImportResult(item, ImportOutcome.CONFLICT);
        }
        Revision revision = addRevision(item, draft, RevisionSource.IMPORT, null);
        item.importedFrom(hash, revision.getNumber());
        auditLog.record("publishing.importUpdated", AUDIT_TYPE, itemId, "r" + (revision.getNumber() - 1),
                "r" + revision.getNumber());
        if (publish) {
            publishNow(item, false, "publishing.importPublished");
        }
        return new ImportResult(item, ImportOutcome.UPDATED);
    }

    /** Conflict resolved for the file: it becomes a new revision and is published, approved. */
    @Transactional
    public void takeImported(long itemId, Draft draft, String hash) {
        currentUser.requireRole(Role.PUBLISHER);
        EditorialItem item = item(itemId);
        Revision revision = addRevision(item, draft, RevisionSource.IMPORT, "content/");
        item.importedFrom(hash, revision.getNumber());
        publishNow(item, true, "publishing.conflictTookFile");
    }

    /** Conflict resolved for the portal's version: this file will not be offered again. */
    @Transactional
    public void keepPortalVersion(long itemId, String hash) {
        currentUser.requireRole(Role.PUBLISHER);
        EditorialItem item = item(itemId);
        item.importedFrom(hash, item.getLatestRevision());
        auditLog.record("publishing.conflictKeptPortal", AUDIT_TYPE, itemId, null, "r" + item.getLatestRevision());
    }

    public record ImportResult(EditorialItem item, ImportOutcome outcome) {
    }

    private void publishNow(EditorialItem item, boolean approve, String action) {
        guards.forEach(guard -> guard.beforePublish(item));
        EditorialState before = item.getState();
        item.publishLatest(approve, clock.instant());
        copies.follow(item);
        auditLog.record(action, AUDIT_TYPE, item.getId(), before.name(), "PUBLISHED r" + item.getPublishedRevision());
        events.publishEvent(new ItemPublished(item.getId(), item.getKind(), item.getPublishedRevision()));
    }

    /**
     * A new revision makes the working copy a draft again. An archived item stays archived: as a draft it
     * would be live again with its old published revision, and only a publisher may bring it back.
     */
    private void backToDraft(EditorialItem item) {
        item.moveTo(item.getState() == EditorialState.ARCHIVED ? EditorialState.ARCHIVED : EditorialState.DRAFT,
                clock.instant());
        copies.follow(item);
    }

    private void transition(EditorialItem item, EditorialState next, String action) {
        EditorialState before = item.getState();
        item.moveTo(next, clock.instant());
        copies.follow(item);
        auditLog.record(action, AUDIT_TYPE, item.getId(), before.name(), next.name());
    }

    private Revision addRevision(EditorialItem item, Draft draft, RevisionSource source, String note) {
        validators.forEach(v -> v.validate(item.getKind(), draft));
        int number = item.getLatestRevision() + 1;
        Revision revision = revisions.save(new Revision(item, number, draft, source, actor(), clock.instant(), note));
        item.addedRevision(number, draft.title(), clock.instant());
        copies.newest(item, number, draft);
        return revision;
    }

    private EditorialItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new PublishingProblem("publishing.error.notFound"));
    }

    private static void require(EditorialItem item, EditorialState... allowed) {
        if (!EnumSet.copyOf(List.of(allowed)).contains(item.getState())) {
            throw new PublishingProblem("publishing.error.wrongState");
        }
    }

    private static Draft checked(Draft draft) {
        if (draft == null || Texts.isBlank(draft.title())) {
            throw new PublishingProblem("publishing.error.titleRequired");
        }
        return draft;
    }

    /** EDITOR or PUBLISHER: who may write items and their details, and read every revision. */
    public void requireWriter() {
        if (!isWriter()) {
            throw new org.springframework.security.access.AccessDeniedException("Requires EDITOR or PUBLISHER");
        }
    }

    /** True for EDITOR and PUBLISHER, the users {@link #requireWriter} lets in. */
    public boolean isWriter() {
        return currentUser.has(Role.EDITOR) || currentUser.has(Role.PUBLISHER);
    }

    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElse("system");
    }

    private static List<String> lines(Revision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + revision.getTitle());
        lines.add(revision.getSummary());
        lines.add("");
        lines.addAll(revision.getBody().lines().toList());
        return lines;
    }
}
