package vn.renluyen.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import vn.renluyen.base.Texts;
import vn.renluyen.publishing.ItemEntry;

/**
 * A profile of an exemplary member (tấm gương đảng viên tiêu biểu). The story is the text of its
 * editorial item; here are the person, organization, field, achievements and photo. A profile
 * linked to a member record is public only while that member's consent is recorded.
 */
@Entity
@Table(name = "exemplary_profile")
@Indexed
public class ExemplaryProfile extends ItemEntry {

    static final String TYPE = "story";
    /** The owner type of a profile's photo in the upload service. */
    public static final String MEDIA_OWNER = "story";

    @Column(name = "person_name", nullable = false)
    private String personName = "";

    @Column(name = "organization_name", nullable = false)
    private String organizationName = "";

    @Column(name = "field_slug")
    private String fieldSlug;

    @Column(nullable = false)
    private String achievements = "";

    @Column(name = "photo_media_id")
    private Long photoMediaId;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "member_id")
    private Long memberId;

    protected ExemplaryProfile() {
    }

    ExemplaryProfile(String slug, long editorialItemId) {
        super(slug, editorialItemId, TYPE);
    }

    void describe(ProfileFacts facts) {
        this.personName = facts.person();
        this.organizationName = facts.organization();
        this.fieldSlug = facts.field();
        this.achievements = Achievement.store(facts.achievements());
        this.featured = facts.featured();
        tag(facts.tags());
        if (facts.published() != null) {
            redate(facts.published());
        }
    }

    void photo(Long mediaId) {
        this.photoMediaId = mediaId;
    }

    void linkTo(Long memberId) {
        this.memberId = memberId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getFieldSlug() {
        return fieldSlug;
    }

    public List<Achievement> getAchievements() {
        return Achievement.read(achievements);
    }

    public Long getPhotoMediaId() {
        return photoMediaId;
    }

    public boolean isFeatured() {
        return featured;
    }

    public Long getMemberId() {
        return memberId;
    }

    /** What describes a profile besides its story; {@code published} may be null (set on first publish). */
    public record ProfileFacts(String person, String organization, String field, List<Achievement> achievements,
            List<String> tags, boolean featured, LocalDate published) {

        public ProfileFacts {
            person = person == null ? "" : Texts.nfc(person);
            organization = organization == null ? "" : Texts.nfc(organization);
            achievements = achievements == null ? List.of() : achievements;
            tags = tags == null ? List.of() : tags;
        }
    }
}
