package vn.renluyen.completion;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.base.Texts;
import vn.renluyen.curriculum.Course;
import vn.renluyen.security.Account;
import vn.renluyen.security.MemberDirectory;

/** Issues the online-study confirmation of a completed course, with the names as they are today. */
@Component
class ConfirmationIssuer {

    static final String PORTAL = "Cổng RènLuyện";

    private final CompletionConfirmationRepository confirmations;
    private final MemberDirectory directory;
    private final EntityManager entityManager;
    private final PortalProperties properties;
    private final Clock clock;

    ConfirmationIssuer(CompletionConfirmationRepository confirmations, MemberDirectory directory,
            EntityManager entityManager, PortalProperties properties, Clock clock) {
        this.confirmations = confirmations;
        this.directory = directory;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    CompletionConfirmation issue(CourseCompletion completion, Course course) {
        Long memberId = completion.getMemberId();
        LocalDate completedOn = LocalDate.ofInstant(completion.getCompletedAt(), properties.timeZone());
        return confirmations.saveAndFlush(new CompletionConfirmation(ConfirmationCodes.next(), completion.getId(),
                completion.getAccountId(), memberId, Texts.nfc(holderName(completion.getAccountId(), memberId)),
                Texts.nfc(course.getTitle()), completedOn, completion.getContentVersion(),
                Texts.nfc(issuedBy(memberId)), clock.instant()));
    }

    /** The member record's name when the account has one; staff accounts use their display name. */
    private String holderName(long accountId, Long memberId) {
        Optional<String> member = memberId == null ? Optional.empty() : directory.memberName(memberId);
        return member.orElseGet(() -> entityManager.find(Account.class, accountId).getDisplayName());
    }

    private String issuedBy(Long memberId) {
        Optional<String> organization = memberId == null ? Optional.empty()
                : directory.organizationOf(memberId).flatMap(directory::organizationName);
        return organization.map(name -> PORTAL + " · " + name).orElse(PORTAL);
    }
}
