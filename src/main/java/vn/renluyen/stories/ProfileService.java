package vn.renluyen.stories;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaService;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.Slugs;
import vn.renluyen.base.Texts;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ItemEntry;
import vn.renluyen.publishing.ItemFactory;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.stories.ExemplaryProfile.ProfileFacts;

/** Profiles written in the portal, and the details of any profile, for EDITOR and PUBLISHER. */
@Service
public class ProfileService implements ItemFactory {

    static final String AUDIT_TYPE = "exemplary-profile";
    static final int MAX_NAME = 200;
    static final int MAX_ORGANIZATION = 300;
    static final int MAX_ACHIEVEMENTS = 30;
    static final int MAX_ACHIEVEMENT = 500;
    static final int FIRST_YEAR = 1930;

    private final ExemplaryProfileRepository profiles;
    private final StoryFieldRepository fields;
    private final EditorialService editorial;
    private final ProfileEntries entries;
    private final AuditLog auditLog;
    private final MediaService media;
    private final Clock clock;

    ProfileService(ExemplaryProfileRepository profiles, StoryFieldRepository fields, EditorialService editorial,
            ProfileEntries entries, AuditLog auditLog, Clock clock, MediaService media) {
        this.media = media;
        this.profiles = profiles;
        this.fields = fields;
        this.editorial = editorial;
        this.entries = entries;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.STORY;
    }

    @Override
    @Transactional
    public EditorialItem createDraft(String title) {
        return create(title, new ProfileFacts("", "", null, List.of(), List.of(), false, null), null).item();
    }

    /** A draft profile of a member record (from a nomination): public only with the member's consent. */
    @Transactional
    Created create(String title, ProfileFacts facts, Long memberId) {
        EditorialItem item = editorial.create(ItemKind.STORY, new Draft(title, "", ""));
        ExemplaryProfile profile = new ExemplaryProfile(Slugs.free(item.getTitle(), 120, profiles::existsBySlug), item.getId());
        profile.describe(facts);
        profile.linkTo(memberId);
        profiles.save(profile);
        entries.refresh(profile);
        auditLog.record("stories.created", AUDIT_TYPE, profile.getId(), null,
                profile.getSlug() + (memberId == null ? "" : ", member " + memberId));
        return new Created(item, profile);
    }

    record Created(EditorialItem item, ExemplaryProfile profile) {
    }

    @Transactional(readOnly = true)
    public Optional<ExemplaryProfile> ofItem(long editorialItemId) {
        editorial.requireWriter();
        return profiles.findByEditorialItemId(editorialItemId);
    }

    /** Person, organization, field, achievements, tags and "featured" take effect at once. */
    @Transactional
    public void describe(long profileId, ProfileFacts facts) {
        editorial.requireWriter();
        ExemplaryProfile profile = profile(profileId);
        check(facts);
        String before = summary(profile);
        profile.describe(new ProfileFacts(facts.person(), facts.organization(), facts.field(), facts.achievements(),
                facts.tags(), facts.featured(), null));
        entries.refresh(profile);
        auditLog.record("stories.described", AUDIT_TYPE, profileId, before, summary(profile));
    }

    /** A new photo from uploaded bytes (checked, cleaned and resized by the upload service); the old one is deleted. */
    @Transactional
    public long replacePhoto(long profileId, String fileName, byte[] data) {
        editorial.requireWriter();
        ExemplaryProfile entry = profile(profileId);
        Long before = entry.getPhotoMediaId();
        StoredMedia stored = media.replaceImage(before, ExemplaryProfile.MEDIA_OWNER, profileId, fileName, data);
        entry.photo(stored.id());
        auditLog.record("stories.photo", AUDIT_TYPE, profileId, String.valueOf(before), String.valueOf(stored.id()));
        return stored.id();
    }

    @Transactional
    public void removePhoto(long profileId) {
        editorial.requireWriter();
        ExemplaryProfile entry = profile(profileId);
        Long before = entry.getPhotoMediaId();
        entry.photo(null);
        if (before != null) {
            media.delete(before);
        }
        auditLog.record("stories.photoRemoved", AUDIT_TYPE, profileId, String.valueOf(before), null);
    }

    void check(ProfileFacts facts) {
        if (facts.person().length() > MAX_NAME) {
            throw new StoryProblem("stories.error.personTooLong");
        }
        if (facts.organization().length() > MAX_ORGANIZATION) {
            throw new StoryProblem("stories.error.organizationTooLong");
        }
        if (facts.field() != null && fields.findBySlug(facts.field()).isEmpty()) {
            throw new StoryProblem("stories.error.unknownField");
        }
        int lastYear = LocalDate.now(clock).getYear();
        if (facts.achievements().size() > MAX_ACHIEVEMENTS || facts.achievements().stream().anyMatch(a ->
                a.year() < FIRST_YEAR || a.year() > lastYear || Texts.isBlank(a.text())
                        || a.text().length() > MAX_ACHIEVEMENT)) {
            throw new StoryProblem("stories.error.badAchievement");
        }
        if (!ItemEntry.tagsFit(facts.tags())) {
            throw new StoryProblem("stories.error.tooManyTags");
        }
    }

    private ExemplaryProfile profile(long profileId) {
        return profiles.findById(profileId).orElseThrow(() -> new StoryProblem("stories.error.notFound"));
    }


    private static String summary(ExemplaryProfile p) {
        return "person=" + p.getPersonName() + ", organization=" + p.getOrganizationName() + ", field="
                + p.getFieldSlug() + ", achievements=" + p.getAchievements().size() + ", tags=" + p.getTags()
                + ", featured=" + p.isFeatured();
    }
}
