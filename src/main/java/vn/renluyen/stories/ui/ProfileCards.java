package vn.renluyen.stories.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Arrays;
import java.util.Locale;
import vn.renluyen.base.ui.MediaImages;
import vn.renluyen.stories.ExemplaryProfile;
import vn.renluyen.stories.StoryCatalog.ProfileCard;

/** A profile in a list: photo (or the person's initials), name, field and organization, title and summary. */
final class ProfileCards {

    private ProfileCards() {
    }

    static RouterLink card(ProfileCard card) {
        RouterLink link = new RouterLink(StoryView.class, new RouteParameters("slug", card.profile().getSlug()));
        link.addClassName("story-card");
        Div text = new Div();
        text.addClassName("story-card-text");
        Span person = new Span(card.profile().getPersonName());
        person.addClassName("story-card-person");
        Span meta = new Span(meta(card.fieldName(), card.profile().getOrganizationName()));
        meta.addClassName("story-card-meta");
        text.add(person, meta, new H2(card.title()), new Paragraph(card.summary()));
        link.add(portrait(card.profile(), 400), text);
        return link;
    }

    static String meta(String fieldName, String organization) {
        return (fieldName == null ? "" : fieldName + (organization.isBlank() ? "" : " · ")) + organization;
    }

    /** The photo, or a circle with the initials of the given name and family name when there is none. */
    static Component portrait(ExemplaryProfile profile, int width) {
        if (profile.getPhotoMediaId() != null) {
            var image = MediaImages.image(profile.getPhotoMediaId(), width, profile.getPersonName());
            image.addClassName("portrait");
            return image;
        }
        String[] words = profile.getPersonName().strip().split("\\s+");
        String initials = words.length == 0 || words[0].isEmpty() ? "?"
                : Arrays.stream(new String[] {words[0], words[words.length - 1]}).distinct()
                        .map(w -> w.substring(0, w.offsetByCodePoints(0, 1))).reduce("", String::concat);
        Span placeholder = new Span(initials.toUpperCase(Locale.ROOT));
        placeholder.addClassName("portrait");
        placeholder.addClassName("portrait-initials");
        placeholder.getElement().setAttribute("aria-hidden", "true");
        return placeholder;
    }
}
