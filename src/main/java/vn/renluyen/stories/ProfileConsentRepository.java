package vn.renluyen.stories;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileConsentRepository extends JpaRepository<ProfileConsent, Long> {

    Optional<ProfileConsent> findFirstByMemberIdAndWithdrawnAtIsNullOrderByIdDesc(long memberId);
}
