package vn.renluyen.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/**
 * An official certificate as the secretary recorded it from the paper: number, issuer, date and an optional
 * scan. The portal never issues it; one per kind and member (recording again corrects it, audited).
 */
@Entity
@Table(name = "admission_certificate")
public class Certificate extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CertificateKind kind;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String issuer;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "scan_media_id")
    private Long scanMediaId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Certificate() {
    }

    Certificate(long memberId, CertificateKind kind) {
        this.memberId = memberId;
        this.kind = kind;
    }

    void record(String number, String issuer, LocalDate issuedOn, Long scanMediaId, String by, Instant at) {
        this.number = number;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
        if (scanMediaId != null) {
            this.scanMediaId = scanMediaId;
        }
        this.recordedBy = by;
        this.recordedAt = at;
    }

    String describe() {
        return kind + " số " + number + ", " + issuer + ", ngày " + issuedOn + (scanMediaId == null ? "" : ", bản quét " + scanMediaId);
    }

    public long getMemberId() {
        return memberId;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Long getScanMediaId() {
        return scanMediaId;
    }
}
