package vn.renluyen.stories;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.Texts;
import vn.renluyen.security.CurrentUser;

/**
 * Records and withdraws a member's consent to a public profile: their secretary chain or ADMIN.
 * Withdrawing takes the member's profiles off the public pages and search at once.
 */
@Service
public class ConsentService {

    static final String AUDIT_TYPE = "profile-consent";
    static final int MAX_EVIDENCE = 500;

    private final ProfileConsentRepository consents;
    private final ExemplaryProfileRepository profiles;
    private final ProfileEntries entries;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ConsentService(ProfileConsentRepository consents, ExemplaryProfileRepository profiles, ProfileEntries entries,
            CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.consents = consents;
        this.profiles = profiles;
        this.entries = entries;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public ProfileConsent record(long memberId, LocalDate givenOn, String evidence) {
        currentUser.requireMember(memberId);
        String text = Texts.nfc(evidence);
        if (givenOn == null || givenOn.isAfter(LocalDate.now(clock))) {
            throw new StoryProblem("stories.consent.error.date");
        }
        if (Texts.isBlank(text) || text.length() > MAX_EVIDENCE) {
            throw new StoryProblem("stories.consent.error.evidence");
        }
        consents.findFirstByMemberIdAndWithdrawnAtIsNullOrderByIdDesc(memberId).ifPresent(c -> c.withdraw(clock.instant()));
        ProfileConsent consent = consents.save(new ProfileConsent(memberId, givenOn, text,
                currentUser.require().getUsername(), clock.instant()));
        auditLog.record("stories.consentRecorded", AUDIT_TYPE, memberId, null, "given " + givenOn);
        profiles.findByMemberId(memberId).forEach(entries::refresh);
        return consent;
    }

    @Transactional
    public void withdraw(long memberId) {
        currentUser.requireMember(memberId);
        ProfileConsent consent = consents.findFirstByMemberIdAndWithdrawnAtIsNullOrderByIdDesc(memberId)
                .orElseThrow(() -> new StoryProblem("stories.consent.error.none"));
        consent.withdraw(clock.instant());
        auditLog.record("stories.consentWithdrawn", AUDIT_TYPE, memberId, "given " + consent.getGivenOn(), null);
        profiles.findByMemberId(memberId).forEach(entries::refresh);
    }

    /** The member's consent in force, for their secretary chain. */
    @Transactional(readOnly = true)
    public Optional<ProfileConsent> current(long memberId) {
        currentUser.requireMember(memberId);
        return consents.findFirstByMemberIdAndWithdrawnAtIsNullOrderByIdDesc(memberId);
    }

    /** Whether consent is in force, without its details: what an editor needs to know. */
    @Transactional(readOnly = true)
    public boolean given(long memberId) {
        return consents.findFirstByMemberIdAndWithdrawnAtIsNullOrderByIdDesc(memberId).isPresent();
    }
}
