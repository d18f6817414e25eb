package vn.renluyen.stories;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Texts;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.stories.ExemplaryProfile.ProfileFacts;

/**
 * A secretary nominates a member of their subtree; an editor turns the nomination into a draft
 * profile linked to the member (published only with the member's consent) or declines it with a
 * note; the nominator follows its status.
 */
@Service
public class NominationService {

    static final String AUDIT_TYPE = "nomination";
    public static final int MIN_REASONS = 20;
    public static final int MAX_REASONS = 4000;

    private final NominationRepository nominations;
    private final ExemplaryProfileRepository profiles;
    private final MemberService members;
    private final ProfileService profileService;
    private final EditorialService editorial;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    NominationService(NominationRepository nominations, ExemplaryProfileRepository profiles, MemberService members,
            ProfileService profileService, EditorialService editorial, CurrentUser currentUser, AuditLog auditLog,
            Clock clock) {
        this.nominations = nominations;
        this.profiles = profiles;
        this.members = members;
        this.profileService = profileService;
        this.editorial = editorial;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Nomination nominate(long memberId, String reasons) {
        Member member = members.get(memberId);
        String text = Texts.nfc(reasons);
        if (text == null || text.length() < MIN_REASONS || text.length() > MAX_REASONS) {
            throw new StoryProblem("stories.nomination.error.reasons");
        }
        if (nominations.existsByMemberIdAndStatus(memberId, NominationStatus.SUBMITTED)) {
            throw new StoryProblem("stories.nomination.error.open");
        }
        Nomination nomination = nominations.save(new Nomination(memberId, member.getOrganization().getId(),
                member.getFullName(), member.getOrganization().getName(), text, currentUser.require().getUsername(),
                clock.instant()));
        auditLog.record("stories.nominated", AUDIT_TYPE, nomination.getId(), null, "member " + memberId);
        return nomination;
    }

    /** The nominations a secretary (or ADMIN) may follow: those of organizations in their scope, newest first. */
    @Transactional(readOnly = true)
    public List<Followed> followed() {
        currentUser.require();
        return nominations.findAllByOrderByNominatedAtDesc().stream()
                .filter(n -> currentUser.mayManageOrganization(n.getOrganizationId()))
                .map(n -> new Followed(n, n.getProfileId() != null
                        && profiles.findById(n.getProfileId()).map(ExemplaryProfile::isPublic).orElse(false)))
                .toList();
    }

    /** What editors work from: the nominations not yet decided, oldest first. */
    @Transactional(readOnly = true)
    public List<Nomination> open() {
        editorial.requireWriter();
        return nominations.findByStatusOrderByNominatedAtAsc(NominationStatus.SUBMITTED);
    }

    /** Starts a draft profile of the nominated member; returns its editorial item, to open in the editor. */
    @Transactional
    public EditorialItem accept(long nominationId) {
        editorial.requireWriter();
        Nomination nomination = nomination(nominationId);
        var created = profileService.create(nomination.getMemberName(), new ProfileFacts(nomination.getMemberName(),
                nomination.getOrganizationName(), null, List.of(), List.of(), false, null), nomination.getMemberId());
        nomination.accept(created.profile().getId(), currentUser.require().getUsername(), clock.instant());
        auditLog.record("stories.nominationAccepted", AUDIT_TYPE, nominationId, "SUBMITTED",
                "ACCEPTED, profile " + created.profile().getId());
        return created.item();
    }

    @Transactional
    public void decline(long nominationId, String note) {
        editorial.requireWriter();
        String text = Texts.nfc(note);
        if (Texts.isBlank(text) || text.length() > 2000) {
            throw new StoryProblem("stories.nomination.error.note");
        }
        Nomination nomination = nomination(nominationId);
        nomination.decline(text, currentUser.require().getUsername(), clock.instant());
        auditLog.record("stories.nominationDeclined", AUDIT_TYPE, nominationId, "SUBMITTED", "DECLINED");
    }

    private Nomination nomination(long id) {
        return nominations.findById(id).orElseThrow(() -> new StoryProblem("stories.nomination.error.notFound"));
    }

    /** A nomination as its nominator sees it, with whether the profile is public yet. */
    public record Followed(Nomination nomination, boolean published) {
    }
}
