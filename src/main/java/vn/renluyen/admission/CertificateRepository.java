package vn.renluyen.admission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByMemberIdAndKind(long memberId, CertificateKind kind);

    List<Certificate> findByMemberIdOrderByKindAsc(long memberId);

    List<Certificate> findByMemberIdInAndKind(Collection<Long> memberIds, CertificateKind kind);

    Optional<Certificate> findByScanMediaId(long mediaId);
}
