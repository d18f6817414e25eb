package vn.renluyen.stories;

import java.util.Map;
import org.springframework.stereotype.Service;
import vn.renluyen.base.ImageFile;
import vn.renluyen.base.MediaService;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.ImportOutcome;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.Role;
import vn.renluyen.stories.ExemplaryProfile.ProfileFacts;

/**
 * Writes what the content importer read from content/stories and the vocabulary: one profile per
 * transaction, through the editorial workflow. Profiles from files are illustrations, never linked
 * to a member record.
 */
@Service
public class StoryImport {

    private final ExemplaryProfileRepository profiles;
    private final StoryFieldRepository fields;
    private final EditorialService editorial;
    private final ProfileEntries entries;
    private final ProfileService service;
    private final CurrentUser currentUser;
    private final MediaService media;

    StoryImport(ExemplaryProfileRepository profiles, StoryFieldRepository fields, EditorialService editorial,
            ProfileEntries entries, ProfileService service, CurrentUser currentUser, MediaService media) {
        this.media = media;
        this.profiles = profiles;
        this.fields = fields;
        this.editorial = editorial;
        this.entries = entries;
        this.service = service;
        this.currentUser = currentUser;
    }

    /** Adds and renames fields; one that disappeared from the file stays, as profiles may use it. */
    @Transactional
    public void importFields(Map<String, String> names) {
        currentUser.requireRole(Role.ADMIN);
        names.forEach((slug, name) -> fields.findBySlug(slug).ifPresentOrElse(f -> f.rename(name),
                () -> fields.save(new StoryField(slug, name))));
    }

    public boolean fieldExists(String slug) {
        return fields.findBySlug(slug).isPresent();
    }

    @Transactional
    public Result importStory(String slug, ProfileFacts facts, ImageFile photo, Draft draft, String hash,
            boolean publish) {
        currentUser.requireRole(Role.ADMIN);
        service.check(facts);
        ExemplaryProfile profile = profiles.findBySlug(slug).orElse(null);
        var result = editorial.importFile(profile == null ? null : profile.getEditorialItemId(), ItemKind.STORY,
                draft, hash, publish);
        if (result.outcome() == ImportOutcome.CONFLICT || result.outcome() == ImportOutcome.UNCHANGED) {
            return new Result(result.outcome(), result.item().getId());
        }
        if (profile == null) {
            profile = new ExemplaryProfile(slug, result.item().getId());
        }
        profile.describe(facts);
        profiles.save(profile);
        replaceImage(profile, photo);
        // A new profile did not exist yet when its item was published: its search copy is made here.
        entries.refresh(profile);
        return new Result(result.outcome(), result.item().getId());
    }

    /** The file's image replaces the one imported before (a bad image fails the whole file: nothing changes). */
    private void replaceImage(ExemplaryProfile profile, ImageFile image) {
        Long before = profile.getPhotoMediaId();
        if (image == null) {
            profile.photo(null);
            if (before != null) {
                media.delete(before);
            }
            return;
        }
        profile.photo(media.replaceImage(before, ExemplaryProfile.MEDIA_OWNER, profile.getId(), image.fileName(), image.bytes()).id());
    }

    public record Result(ImportOutcome outcome, long editorialItemId) {
    }
}
