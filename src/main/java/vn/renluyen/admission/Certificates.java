package vn.renluyen.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaService;
import vn.renluyen.base.StoredMedia;

/**
 * The official certificates (giấy chứng nhận) as the secretary chain records them from the paper: number,
 * issuer, date of issue and a scan. The portal records them and never issues them; its own online-completion
 * confirmations are supporting evidence only and complete nothing.
 */
@Service
public class Certificates {

    public static final String MEDIA_OWNER = "admission-certificate";
    static final String AUDIT_TYPE = "admission_certificate";

    private final CertificateRepository certificates;
    private final AdmissionScope scope;
    private final MediaService media;
    private final AuditLog audit;
    private final AdmissionRules rules;
    private final Clock clock;

    Certificates(CertificateRepository certificates, AdmissionScope scope, MediaService media, AuditLog audit,
            AdmissionRules rules, Clock clock) {
        this.certificates = certificates;
        this.scope = scope;
        this.media = media;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** A certificate as shown; {@code validThrough} is the last valid day (awareness course only), else null. */
    public record Line(CertificateKind kind, String number, String issuer, LocalDate issuedOn, LocalDate validThrough,
            StoredMedia scan) {
    }

    /** Records (or corrects) the member's certificate of this kind; a new scan replaces the previous one. */
    @Transactional
    public Line record(long memberId, CertificateKind kind, String number, String issuer, LocalDate issuedOn,
            Upload scan) {
        scope.member(memberId);
        if (kind == null) {
            throw new AdmissionProblem("admission.error.kindRequired");
        }
        String cleanNumber = AdmissionScope.required(number, "admission.error.certificateNumberRequired",
                AdmissionScope.MAX_NUMBER);
        String cleanIssuer = AdmissionScope.required(issuer, "admission.error.issuerRequired", 255);
        AdmissionScope.pastDate(issuedOn, LocalDate.now(clock));
        Optional<Certificate> existing = certificates.findByMemberIdAndKind(memberId, kind);
        String before = existing.map(Certificate::describe).orElse(null);
        Long previousScan = existing.map(Certificate::getScanMediaId).orElse(null);
        Certificate certificate = existing.orElseGet(() -> new Certificate(memberId, kind));
        Long scanId = scan == null ? null
                : media.storeDocument(MEDIA_OWNER, certificate.getId(), scan.fileName(), scan.bytes()).id();
        certificate.record(cleanNumber, cleanIssuer, issuedOn, scanId, scope.actor(), clock.instant());
        certificate = certificates.saveAndFlush(certificate);
        if (scanId != null) {
            media.attach(scanId, MEDIA_OWNER, certificate.getId());
            if (previousScan != null && !previousScan.equals(scanId)) {
                media.delete(previousScan);
            }
        }
        audit.record("admission.certificate." + (existing.isPresent() ? "corrected" : "recorded"), AUDIT_TYPE,
                certificate.getId(), before, certificate.describe());
        return line(certificate);
    }

    @Transactional(readOnly = true)
    public List<Line> ofMember(long memberId) {
        scope.readable(memberId);
        return certificates.findByMemberIdOrderByKindAsc(memberId).stream().map(this::line).toList();
    }

    Optional<Certificate> find(long memberId, CertificateKind kind) {
        return certificates.findByMemberIdAndKind(memberId, kind);
    }

    /** The last day the awareness-course certificate counts: the validity runs from the day of issue. */
    LocalDate validThrough(Certificate awareness) {
        return awareness.getIssuedOn().plus(rules.awarenessCertificateValidity()).minusDays(1);
    }

    private Line line(Certificate c) {
        return new Line(c.getKind(), c.getNumber(), c.getIssuer(), c.getIssuedOn(),
                c.getKind() == CertificateKind.AWARENESS_COURSE ? validThrough(c) : null,
                c.getScanMediaId() == null ? null : media.find(c.getScanMediaId()).orElse(null));
    }
}
