package vn.renluyen.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.renluyen.base.AbstractEntity;

/**
 * A transfer of party activity with its deadlines, fixed when the letter is issued: the letter presented
 * within the configured working days, activity started (official transfer) within its own limit.
 */
@Entity
@Table(name = "member_transfer")
public class MemberTransfer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private TransferKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_organization_id")
    private Organization from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_organization_id")
    private Organization to;

    /** Where a temporary transfer goes when that place is not on the portal. */
    @Column
    private String destination;

    @Column(name = "letter_number")
    private String letterNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "present_by", nullable = false)
    private LocalDate presentBy;

    @Column(name = "start_by")
    private LocalDate startBy;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private TransferStatus status = TransferStatus.PENDING;

    @Column
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected MemberTransfer() {
    }

    MemberTransfer(Member member, TransferKind kind, Organization to, String destination, String letterNumber,
            LocalDate issuedOn, LocalDate presentBy, LocalDate startBy, LocalDate endsOn, String note, Instant recordedAt,
            String recordedBy) {
        this.member = member;
        this.kind = kind;
        this.from = member.getOrganization();
        this.to = to;
        this.destination = destination;
        this.letterNumber = letterNumber;
        this.issuedOn = issuedOn;
        this.presentBy = presentBy;
        this.startBy = startBy;
        this.endsOn = endsOn;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void received(LocalDate on) {
        this.status = TransferStatus.RECEIVED;
        this.receivedOn = on;
    }

    void cancelled(String why) {
        this.status = TransferStatus.CANCELLED;
        this.note = why;
    }

    /** Past the day the letter had to be presented, and still not received. */
    public boolean isOverdueOn(LocalDate today) {
        return status == TransferStatus.PENDING && today.isAfter(presentBy);
    }

    public Member getMember() {
        return member;
    }

    public TransferKind getKind() {
        return kind;
    }

    public Organization getFrom() {
        return from;
    }

    public Organization getTo() {
        return to;
    }

    public String getDestination() {
        return destination;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getPresentBy() {
        return presentBy;
    }

    public LocalDate getStartBy() {
        return startBy;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
