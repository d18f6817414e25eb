package vn.renluyen.stories.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.base.ui.TagField;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.ui.ItemDetails;
import vn.renluyen.stories.Achievement;
import vn.renluyen.stories.ConsentService;
import vn.renluyen.stories.ExemplaryProfile;
import vn.renluyen.stories.ExemplaryProfile.ProfileFacts;
import vn.renluyen.stories.ProfileService;
import vn.renluyen.stories.StoryCatalog;
import vn.renluyen.stories.StoryField;

/**
 * The editor's "details" tab for a profile: person, organization, field, achievements (one a line,
 * "2024: …"), tags, featured, the photo; and, for a member's profile, whether their consent is recorded.
 */
@org.springframework.stereotype.Component
class ProfileDetails implements ItemDetails {

    private static final Pattern ACHIEVEMENT = Pattern.compile("\\s*(\\d{4})\\s*[:–-]\\s*(.+)");

    private final ProfileService profiles;
    private final StoryCatalog catalog;
    private final ConsentService consents;
    private final PhotoUpload photos;

    ProfileDetails(ProfileService profiles, StoryCatalog catalog, ConsentService consents, PhotoUpload photos) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.consents = consents;
        this.photos = photos;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> formFor(EditorialItem item) {
        if (item.getKind() != ItemKind.STORY) {
            return Optional.empty();
        }
        return profiles.ofItem(item.getId()).map(this::form);
    }

    private com.vaadin.flow.component.Component form(ExemplaryProfile profile) {
        Div form = new Div();
        form.addClassName("item-details");
        if (profile.getMemberId() != null) {
            Paragraph consent = new Paragraph(form.getTranslation(consents.given(profile.getMemberId())
                    ? "stories.details.consentGiven" : "stories.details.consentMissing"));
            consent.addClassName("review-notice");
            form.add(consent);
        }
        TextField person = new TextField(form.getTranslation("stories.person"));
        person.setMaxLength(200);
        person.setValue(profile.getPersonName());
        TextField organization = new TextField(form.getTranslation("stories.organization"));
        organization.setMaxLength(300);
        organization.setValue(profile.getOrganizationName());
        Select<StoryField> field = new Select<>();
        field.setLabel(form.getTranslation("stories.field"));
        field.setItems(catalog.fields());
        field.setItemLabelGenerator(f -> f == null ? form.getTranslation("stories.noField") : f.getName());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(form.getTranslation("stories.noField"));
        catalog.fields().stream().filter(f -> f.getSlug().equals(profile.getFieldSlug())).findFirst()
                .ifPresent(field::setValue);
        TextArea achievements = new TextArea(form.getTranslation("stories.achievements"));
        achievements.setHelperText(form.getTranslation("stories.details.achievementsHelp"));
        achievements.setValue(String.join("\n", profile.getAchievements().stream()
                .map(a -> a.year() + ": " + a.text()).toList()));
        TagField tags = new TagField();
        tags.setTags(profile.getTags());
        Checkbox featured = new Checkbox(form.getTranslation("stories.details.featured"), profile.isFeatured());
        Button save = new Button(form.getTranslation("publishing.details.save"), click -> {
            List<Achievement> lines = new ArrayList<>();
            for (String line : achievements.getValue().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = ACHIEVEMENT.matcher(line);
                if (!m.matches()) {
                    achievements.setInvalid(true);
                    achievements.setErrorMessage(form.getTranslation("stories.details.badLine", line.strip()));
                    return;
                }
                lines.add(new Achievement(Integer.parseInt(m.group(1)), m.group(2)));
            }
            achievements.setInvalid(false);
            try {
                profiles.describe(profile.getId(), new ProfileFacts(person.getValue(), organization.getValue(),
                        field.getValue() == null ? null : field.getValue().getSlug(), lines, tags.getTags(),
                        featured.getValue(), null));
                Notifications.success(form.getTranslation("publishing.details.saved"));
            } catch (UserFacingException e) {
                Notifications.error(form.getTranslation(e.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(person, organization, field, featured, achievements, tags);
        fields.setColspan(achievements, 2);
        fields.setColspan(tags, 2);
        form.add(fields, save, photos.create(profile));
        return form;
    }
}
