package vn.renluyen.completion;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaService;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.Texts;
import vn.renluyen.curriculum.Course;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * The reflection paper (bài thu hoạch) of a course that asks for one: the learner writes it, uploads it as
 * a PDF, or both; the secretary of the learner's organization (or ADMIN) accepts it or returns it with a
 * comment. Acceptance completes the course in the same transaction when every lesson is already done.
 * A paper of an account without a member record has no secretary: only ADMIN reviews it.
 */
@Service
public class ReflectionPapers {

    public static final String MEDIA_OWNER = "reflection-paper";
    public static final int MIN_TEXT = 200;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_COMMENT = 2000;
    static final String AUDIT_TYPE = "reflection_paper";

    private final ReflectionPaperRepository papers;
    private final ReflectionPaperQueue queue;
    private final CompletionRecorder recorder;
    private final MediaService media;
    private final CurrentUser currentUser;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    ReflectionPapers(ReflectionPaperRepository papers, ReflectionPaperQueue queue, CompletionRecorder recorder,
            MediaService media, CurrentUser currentUser, OrganizationService organizations, AuditLog audit,
            EntityManager entityManager, Clock clock) {
        this.papers = papers;
        this.queue = queue;
        this.recorder = recorder;
        this.media = media;
        this.currentUser = currentUser;
        this.organizations = organizations;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A PDF the learner picked, not stored yet: it is checked and stored only with the submission. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** A paper as its author or reviewer reads it; {@code document} is null when only text was submitted. */
    public record Paper(long id, long courseId, ReflectionPaperStatus status, String text, StoredMedia document,
            Instant submittedAt, Instant reviewedAt, String reviewComment) {
    }

    /** One line of the reviewer's list; {@code organization} is null for an account without a member record. */
    public record PaperToReview(long paperId, String learnerName, String organization, String courseTitle,
            ReflectionPaperStatus status, Instant submittedAt) {
    }

    @Transactional(readOnly = true)
    public Optional<Paper> mine(long courseId) {
        return papers.findByAccountIdAndCourseId(currentUser.require().accountId(), courseId).map(this::view);
    }

    /**
     * Submits, or submits again while not yet reviewed or after a return. Without a new upload a previously
     * submitted PDF stays; a new upload replaces it. A refused submission stores nothing.
     */
    @Transactional
    public Paper submit(long courseId, String text, Upload upload) {
        PortalUser learner = currentUser.require();
        Course course = entityManager.find(Course.class, courseId);
        if (course == null || !course.isReflectionPaper()) {
            throw new ReflectionPaperProblem("reflection.error.notRequired");
        }
        String cleaned = PaperText.clean(text);
        Optional<ReflectionPaper> existing = papers.findByAccountIdAndCourseId(learner.accountId(), courseId);
        if (existing.isPresent() && existing.get().getStatus() == ReflectionPaperStatus.ACCEPTED) {
            throw new ReflectionPaperProblem("reflection.error.alreadyAccepted");
        }
        Long previousDocument = existing.map(ReflectionPaper::getMediaId).orElse(null);
        if (cleaned == null && upload == null && previousDocument == null) {
            throw new ReflectionPaperProblem("reflection.error.empty", MIN_TEXT);
        }
        Long ownerId = existing.map(ReflectionPaper::getId).orElse(null);
        Long document = previousDocument;
        if (upload != null) {
            document = media.storeDocument(MEDIA_OWNER, ownerId, upload.fileName(), upload.bytes()).id();
        }
        ReflectionPaper paper;
        String before = existing.map(ReflectionPapers::describe).orElse(null);
        if (existing.isPresent()) {
            paper = existing.get();
            paper.resubmit(cleaned, document, clock.instant());
        } else {
            paper = papers.saveAndFlush(new ReflectionPaper(learner.accountId(), learner.memberId(), courseId, cleaned,
                    document, clock.instant()));
            if (document != null) {
                media.attach(document, MEDIA_OWNER, paper.getId());
            }
        }
        if (previousDocument != null && !previousDocument.equals(document)) {
            papers.flush();
            media.delete(previousDocument);
        }
        audit.record("reflection_paper.submit", AUDIT_TYPE, paper.getId(), before, describe(paper));
        return view(paper);
    }

    /**
     * The papers a reviewer may see: of one organization's subtree, or (null) of all their scopes; ADMIN with
     * null sees every paper, those of accounts without a member record included.
     */
    @Transactional(readOnly = true)
    public List<PaperToReview> toReview(Long organizationId) {
        PortalUser reviewer = currentUser.require();
        if (organizationId != null) {
            return queue.inSubtree(organizations.get(organizationId).getPath());
        }
        if (reviewer.has(Role.ADMIN)) {
            return queue.all();
        }
        // Nested grants would list a paper twice: keep the first of each.
        return reviewer.secretaryOf().stream()
                .flatMap(scope -> queue.inSubtree(organizations.get(scope).getPath()).stream())
                .collect(Collectors.toMap(PaperToReview::paperId, p -> p, (a, b) -> a,
                        LinkedHashMap::new))
                .values().stream().sorted(ReflectionPapers::reviewOrder).toList();
    }

    /** One paper for its reviewer, text and document included. */
    @Transactional(readOnly = true)
    public Paper review(long paperId) {
        return view(reviewable(paperId));
    }

    @Transactional
    public Paper accept(long paperId) {
        ReflectionPaper paper = waitingForReview(paperId);
        String before = describe(paper);
        paper.accept(reviewerName(), clock.instant());
        audit.record("reflection_paper.accept", AUDIT_TYPE, paper.getId(), before, describe(paper));
        papers.flush();
        recorder.checkCourse(paper.getAccountId(), paper.getMemberId(), paper.getCourseId());
        return view(paper);
    }

    @Transactional
    public Paper returnWith(long paperId, String comment) {
        String cleaned = Texts.nfc(comment);
        if (Texts.isBlank(cleaned)) {
            throw new ReflectionPaperProblem("reflection.error.commentRequired");
        }
        if (cleaned.length() > MAX_COMMENT) {
            throw new ReflectionPaperProblem("reflection.error.commentTooLong", MAX_COMMENT);
        }
        ReflectionPaper paper = waitingForReview(paperId);
        String before = describe(paper);
        paper.returnWith(cleaned, reviewerName(), clock.instant());
        audit.record("reflection_paper.return", AUDIT_TYPE, paper.getId(), before, describe(paper) + ": " + cleaned);
        return view(paper);
    }

    private ReflectionPaper waitingForReview(long paperId) {
        ReflectionPaper paper = reviewable(paperId);
        if (paper.getAccountId() == currentUser.require().accountId()) {
            throw new ReflectionPaperProblem("reflection.error.ownPaper");
        }
        if (paper.getStatus() != ReflectionPaperStatus.SUBMITTED) {
            throw new ReflectionPaperProblem("reflection.error.notWaiting");
        }
        return paper;
    }

    /** Unknown papers and papers outside the reviewer's scope both end in AccessDenied: ids cannot be probed. */
    private ReflectionPaper reviewable(long paperId) {
        PortalUser reviewer = currentUser.require();
        Optional<ReflectionPaper> paper = papers.findById(paperId);
        boolean allowed = paper.isPresent() && (reviewer.has(Role.ADMIN)
                || paper.get().getMemberId() != null && currentUser.mayManageMember(paper.get().getMemberId()));
        if (!allowed) {
            throw new AccessDeniedException("Reflection paper " + paperId + " is outside the user's scope");
        }
        return paper.get();
    }

    private String reviewerName() {
        return currentUser.require().getUsername();
    }

    private Paper view(ReflectionPaper p) {
        StoredMedia document = p.getMediaId() == null ? null : media.find(p.getMediaId()).orElse(null);
        return new Paper(p.getId(), p.getCourseId(), p.getStatus(), p.getText(), document, p.getSubmittedAt(),
                p.getReviewedAt(), p.getReviewComment());
    }

    /** The state without the paper's words: the audit log is read by administrators. */
    private static String describe(ReflectionPaper p) {
        return Stream.of(p.getStatus().name(),
                        p.getText() == null ? null : p.getText().codePointCount(0, p.getText().length()) + " ký tự",
                        p.getMediaId() == null ? null : "PDF " + p.getMediaId())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static int reviewOrder(PaperToReview a, PaperToReview b) {
        boolean aWaits = a.status() == ReflectionPaperStatus.SUBMITTED;
        boolean bWaits = b.status() == ReflectionPaperStatus.SUBMITTED;
        if (aWaits != bWaits) {
            return aWaits ? -1 : 1;
        }
        return aWaits ? a.submittedAt().compareTo(b.submittedAt()) : b.submittedAt().compareTo(a.submittedAt());
    }
}
