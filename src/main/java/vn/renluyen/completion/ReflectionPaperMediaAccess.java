package vn.renluyen.completion;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MediaAccess;
import vn.renluyen.base.MediaAccessPolicy;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;
import vn.renluyen.security.Role;

/**
 * A reflection paper's PDF is read by its author, the secretary chain of the author's member record and
 * ADMIN; everyone else gets the same 404 as for a file that does not exist.
 */
@Component
class ReflectionPaperMediaAccess implements MediaAccessPolicy {

    private final ReflectionPaperRepository papers;
    private final CurrentUser currentUser;

    ReflectionPaperMediaAccess(ReflectionPaperRepository papers, CurrentUser currentUser) {
        this.papers = papers;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MediaAccess> access(String ownerType, long ownerId) {
        if (!ReflectionPapers.MEDIA_OWNER.equals(ownerType)) {
            return Optional.empty();
        }
        Optional<PortalUser> reader = currentUser.get();
        boolean allowed = reader.isPresent() && papers.findById(ownerId).map(paper ->
                paper.getAccountId() == reader.get().accountId()
                        || reader.get().has(Role.ADMIN)
                        || paper.getMemberId() != null && currentUser.mayManageMember(paper.getMemberId()))
                .orElse(false);
        return Optional.of(allowed ? MediaAccess.ALLOWED : MediaAccess.DENIED);
    }
}
