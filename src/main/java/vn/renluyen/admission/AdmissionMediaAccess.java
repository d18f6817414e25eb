package vn.renluyen.admission;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MediaAccess;
import vn.renluyen.base.MediaAccessPolicy;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;

/**
 * Admission documents and certificate scans are read by the secretary chain of the member's record and by
 * ADMIN; everyone else gets the same 404 as for a file that does not exist.
 */
@Component
class AdmissionMediaAccess implements MediaAccessPolicy {

    private final StageRecordRepository stages;
    private final CertificateRepository certificates;
    private final CurrentUser currentUser;

    AdmissionMediaAccess(StageRecordRepository stages, CertificateRepository certificates, CurrentUser currentUser) {
        this.stages = stages;
        this.certificates = certificates;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MediaAccess> access(String ownerType, long ownerId) {
        Optional<Long> memberId;
        if (StageRecorder.MEDIA_OWNER.equals(ownerType)) {
            memberId = stages.findById(ownerId).map(s -> s.getFile().getMember().getId());
        } else if (Certificates.MEDIA_OWNER.equals(ownerType)) {
            memberId = certificates.findById(ownerId).map(Certificate::getMemberId);
        } else {
            return Optional.empty();
        }
        boolean allowed = currentUser.has(Role.ADMIN) || memberId.map(currentUser::inSecretaryChainOf).orElse(false);
        return Optional.of(allowed ? MediaAccess.ALLOWED : MediaAccess.DENIED);
    }
}
