package vn.renluyen.stories;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.MarkdownRenderer;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.RenderedRevisions;
import vn.renluyen.publishing.Revision;

/**
 * What anyone may read of the exemplary members: public profiles only (published, and with consent
 * where the profile names a member record), newest first, filtered by field, organization and year.
 */
@Service
public class StoryCatalog {

    private final ExemplaryProfileRepository profiles;
    private final StoryFieldRepository fields;
    private final EditorialService editorial;
    private final RenderedRevisions rendered;

    StoryCatalog(ExemplaryProfileRepository profiles, StoryFieldRepository fields, EditorialService editorial,
            RenderedRevisions rendered) {
        this.profiles = profiles;
        this.fields = fields;
        this.editorial = editorial;
        this.rendered = rendered;
    }

    /** Public profiles matching every filter given (null means any). */
    @Transactional(readOnly = true)
    public List<ProfileCard> profiles(String field, String organization, Integer year) {
        Map<String, String> names = fieldNames();
        return profiles.findByTextLiveTrueOrderByPublishedOnDescIdDesc().stream()
                .filter(p -> field == null || field.equals(p.getFieldSlug()))
                .filter(p -> organization == null || organization.equals(p.getOrganizationName()))
                .filter(p -> year == null || (p.getPublishedOn() != null && p.getPublishedOn().getYear() == year))
                .map(p -> card(p, names)).flatMap(Optional::stream).toList();
    }

    /** The choices the public list offers: fields in use, organizations, years. */
    @Transactional(readOnly = true)
    public Filters filters() {
        List<ExemplaryProfile> live = profiles.findByTextLiveTrueOrderByPublishedOnDescIdDesc();
        Map<String, String> names = fieldNames();
        return new Filters(
                fields.findAllByOrderByIdAsc().stream()
                        .filter(f -> live.stream().anyMatch(p -> f.getSlug().equals(p.getFieldSlug()))).toList(),
                live.stream().map(ExemplaryProfile::getOrganizationName).filter(o -> !o.isBlank()).distinct()
                        .sorted(java.text.Collator.getInstance(java.util.Locale.of("vi"))).toList(),
                live.stream().filter(p -> p.getPublishedOn() != null).map(p -> p.getPublishedOn().getYear())
                        .distinct().sorted(Comparator.reverseOrder()).toList(),
                names);
    }

    /** The profile for the home page: the newest featured one, else the newest. */
    @Transactional(readOnly = true)
    public Optional<ProfileCard> featured() {
        List<ExemplaryProfile> live = profiles.findByTextLiveTrueOrderByPublishedOnDescIdDesc();
        Map<String, String> names = fieldNames();
        return live.stream().filter(ExemplaryProfile::isFeatured).findFirst().or(() -> live.stream().findFirst())
                .flatMap(p -> card(p, names));
    }

    @Transactional(readOnly = true)
    public Optional<ProfilePage> profile(String slug) {
        return profiles.findBySlug(slug).filter(ExemplaryProfile::isPublic).flatMap(p -> editorial
                .publishedRevision(p.getEditorialItemId())
                .map(r -> new ProfilePage(p, r, rendered.of(r), fieldNames().get(p.getFieldSlug()))));
    }

    @Transactional(readOnly = true)
    public Optional<String> fieldName(String slug) {
        return fields.findBySlug(slug).map(StoryField::getName);
    }

    @Transactional(readOnly = true)
    public List<StoryField> fields() {
        return fields.findAllByOrderByIdAsc();
    }

    private Optional<ProfileCard> card(ExemplaryProfile profile, Map<String, String> names) {
        return editorial.publishedRevision(profile.getEditorialItemId())
                .map(r -> new ProfileCard(profile, r, names.get(profile.getFieldSlug())));
    }

    private Map<String, String> fieldNames() {
        return fields.findAll().stream().collect(Collectors.toMap(StoryField::getSlug, StoryField::getName,
                (a, b) -> a));
    }

    public record ProfileCard(ExemplaryProfile profile, Revision revision, String fieldName) {

        public String title() {
            return revision.getTitle();
        }

        public String summary() {
            return revision.getSummary();
        }
    }

    public record ProfilePage(ExemplaryProfile profile, Revision revision, MarkdownRenderer.Rendered text,
            String fieldName) {
    }

    public record Filters(List<StoryField> fields, List<String> organizations, List<Integer> years,
            Map<String, String> fieldNames) {
    }
}
