package vn.renluyen.members;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import vn.renluyen.base.AbstractEntity;
import vn.renluyen.base.AnalyzerNames;
import vn.renluyen.base.Texts;

/**
 * A member record (also a candidate's, before admission). Names are stored as họ đệm and tên
 * so lists sort the Vietnamese way: by tên, then họ đệm.
 */
@Entity
@Table(name = "member")
@Indexed
public class Member extends AbstractEntity {

    @Column(name = "family_middle_name", nullable = false)
    private String familyMiddleName;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MemberStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column
    private MemberDetails.Sex sex;

    @Column
    private String hometown;

    @Column
    private String education;

    @Column
    private String occupation;

    @Column(name = "party_card_number", unique = true)
    private String partyCardNumber;

    /** The date of the admission decision. */
    @Column(name = "admission_date")
    private LocalDate admissionDate;

    /** The admission ceremony: probation runs 12 months from this day. */
    @Column(name = "ceremony_date")
    private LocalDate ceremonyDate;

    @Column(name = "official_date")
    private LocalDate officialDate;

    /** Set when an official transfer took the member to an organization outside the portal. */
    @Column(name = "transferred_out_on")
    private LocalDate transferredOutOn;

    @Column(name = "transferred_out_to")
    private String transferredOutTo;

    @jakarta.persistence.Convert(converter = EncryptedText.class)
    @Column(name = "citizen_id")
    private String citizenId;

    @jakarta.persistence.Convert(converter = EncryptedText.class)
    @Column
    private String phone;

    @jakarta.persistence.Convert(converter = EncryptedText.class)
    @Column
    private String ethnicity;

    @jakarta.persistence.Convert(converter = EncryptedText.class)
    @Column
    private String religion;

    @jakarta.persistence.Convert(converter = EncryptedText.class)
    @Column(name = "health_notes")
    private String healthNotes;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveOn ASC, id ASC")
    private List<MemberStatusChange> statusHistory = new ArrayList<>();

    protected Member() {
    }

    Member(String familyMiddleName, String givenName, LocalDate birthDate, Organization organization) {
        if (Texts.isBlank(familyMiddleName) || Texts.isBlank(givenName)) {
            throw new MemberProblem("member.error.nameRequired");
        }
        if (birthDate == null) {
            throw new MemberProblem("member.error.birthDateRequired");
        }
        this.familyMiddleName = Texts.nfc(familyMiddleName);
        this.givenName = Texts.nfc(givenName);
        this.birthDate = birthDate;
        this.organization = organization;
    }

    /**
     * Records the status a member has when the record is first entered (also an existing member's),
     * with the date it began: for a probationary member that is the ceremony, for an official one the
     * recognition.
     */
    void register(MemberStatus initial, LocalDate since, String decisionNumber, String reason, Instant now,
            String recordedBy) {
        add(StatusStep.REGISTERED, initial, since, decisionNumber, reason, now, recordedBy);
        if (initial == MemberStatus.PROBATIONARY) {
            ceremonyDate = since;
        } else if (initial == MemberStatus.OFFICIAL) {
            officialDate = since;
        }
    }

    /**
     * One step of the status history, allowed only from the statuses the step starts from; a reversing
     * step returns to the status held before the one it ends.
     */
    void step(StatusStep step, LocalDate effectiveOn, String decisionNumber, String reason, Instant now,
            String recordedBy) {
        if (!step.startsFrom(status)) {
            throw new MemberProblem(step.translationKey() + ".notAllowed");
        }
        MemberStatus target = step.target().orElseGet(() -> statusBefore(step.undoes().orElseThrow()));
        add(step, target, effectiveOn, decisionNumber, reason, now, recordedBy);
    }

    void admitted(LocalDate decisionDate, LocalDate ceremony) {
        this.admissionDate = decisionDate;
        this.ceremonyDate = ceremony;
    }

    void recognized(LocalDate officialOn) {
        this.officialDate = officialOn;
    }

    private void add(StatusStep step, MemberStatus newStatus, LocalDate effectiveOn, String decisionNumber,
            String reason, Instant now, String recordedBy) {
        if (effectiveOn == null) {
            throw new MemberProblem("member.error.statusDateRequired");
        }
        if (Texts.isBlank(reason)) {
            throw new MemberProblem("member.error.statusReasonRequired");
        }
        statusHistory.add(new MemberStatusChange(this, step, newStatus, effectiveOn,
                Texts.isBlank(decisionNumber) ? null : Texts.nfc(decisionNumber).strip(), Texts.nfc(reason).strip(),
                now, recordedBy));
        this.status = newStatus;
    }

    /** The status held before the latest step of this kind (entries in the order recorded). */
    private MemberStatus statusBefore(StatusStep undone) {
        List<MemberStatusChange> recorded = statusHistory.stream()
                .sorted(java.util.Comparator.comparing(MemberStatusChange::getRecordedAt)
                        .thenComparing(c -> c.getId() == null ? Long.MAX_VALUE : c.getId()))
                .toList();
        for (int i = recorded.size() - 1; i > 0; i--) {
            if (recorded.get(i).getKind() == undone) {
                return recorded.get(i - 1).getStatus();
            }
        }
        throw new MemberProblem("member.error.noEarlierStatus");
    }

    void describe(MemberDetails details) {
        if (Texts.isBlank(details.familyMiddleName()) || Texts.isBlank(details.givenName())) {
            throw new MemberProblem("member.error.nameRequired");
        }
        if (details.birthDate() == null) {
            throw new MemberProblem("member.error.birthDateRequired");
        }
        this.familyMiddleName = Texts.nfc(details.familyMiddleName()).strip();
        this.givenName = Texts.nfc(details.givenName()).strip();
        this.birthDate = details.birthDate();
        this.sex = details.sex();
        this.hometown = optional(details.hometown());
        this.education = optional(details.education());
        this.occupation = optional(details.occupation());
        this.partyCardNumber = optional(details.partyCardNumber());
    }

    void protect(SensitiveDetails details) {
        this.citizenId = optional(details.citizenId());
        this.phone = optional(details.phone());
        this.ethnicity = optional(details.ethnicity());
        this.religion = optional(details.religion());
        this.healthNotes = optional(details.healthNotes());
    }

    /** Package-private: only the service hands these out, after its access check and audit line. */
    SensitiveDetails sensitive() {
        return new SensitiveDetails(citizenId, phone, ethnicity, religion, healthNotes);
    }

    void moveTo(Organization destination) {
        this.organization = destination;
    }

    void transferredOut(LocalDate on, String destination) {
        this.transferredOutOn = on;
        this.transferredOutTo = destination;
    }

    public boolean isTransferredOut() {
        return transferredOutOn != null;
    }

    public LocalDate getTransferredOutOn() {
        return transferredOutOn;
    }

    public String getTransferredOutTo() {
        return transferredOutTo;
    }

    private static String optional(String value) {
        return Texts.isBlank(value) ? null : Texts.nfc(value).strip();
    }

    public MemberDetails details() {
        return new MemberDetails(familyMiddleName, givenName, birthDate, sex, hometown, education, occupation,
                partyCardNumber);
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public LocalDate getCeremonyDate() {
        return ceremonyDate;
    }

    public LocalDate getOfficialDate() {
        return officialDate;
    }

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    @FullTextField(analyzer = AnalyzerNames.NAME_FOLDED)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "familyMiddleName")),
            @ObjectPath(@PropertyValue(propertyName = "givenName"))})
    public String getFullName() {
        return familyMiddleName + " " + givenName;
    }

    /** The organization path, so searches can stay inside a secretary's subtree. */
    @KeywordField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organization")))
    public String getOrganizationPath() {
        return organization.getPath();
    }

    public String getFamilyMiddleName() {
        return familyMiddleName;
    }

    public String getGivenName() {
        return givenName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Organization getOrganization() {
        return organization;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public List<MemberStatusChange> getStatusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }
}
