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

    /** Every status change is dated, with its decision number (if any) and reason. */
    void changeStatus(MemberStatus newStatus, LocalDate effectiveOn, String decisionNumber, String reason,
            Instant now, String recordedBy) {
        if (effectiveOn == null) {
            throw new MemberProblem("member.error.statusDateRequired");
        }
        if (Texts.isBlank(reason)) {
            throw new MemberProblem("member.error.statusReasonRequired");
        }
        statusHistory.add(new MemberStatusChange(this, newStatus, effectiveOn, Texts.nfc(decisionNumber),
                Texts.nfc(reason), now, recordedBy));
        this.status = newStatus;
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
