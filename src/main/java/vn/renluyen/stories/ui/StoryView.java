package vn.renluyen.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.renluyen.base.PortalProperties;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.ShareLinks;
import vn.renluyen.base.ui.TagLinks;
import vn.renluyen.stories.Achievement;
import vn.renluyen.stories.StoryCatalog;
import vn.renluyen.stories.StoryCatalog.ProfilePage;

/**
 * /guong-sang/{slug}: one exemplary member: portrait, achievements by year, the story, tags, share
 * links; profiles not linked to a member record say that the person is an illustration.
 */
@Route("guong-sang/:slug")
@AnonymousAllowed
class StoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryCatalog catalog;
    private final String publicUrl;
    private ProfilePage page;

    StoryView(StoryCatalog catalog, PortalProperties properties) {
        this.catalog = catalog;
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
        addClassName("reading-page");
        addClassName("story-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ProfilePage> found = catalog.profile(event.getRouteParameters().get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        page = found.get();
        show();
    }

    private void show() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("stories.title"), StoriesView.class);
        back.addClassName("breadcrumb");
        Span person = new Span(page.profile().getPersonName());
        person.addClassName("story-person");
        Span meta = new Span(ProfileCards.meta(page.fieldName(), page.profile().getOrganizationName()));
        meta.addClassName("story-card-meta");
        Div who = new Div(person, meta);
        who.addClassName("story-who");
        Div header = new Div(ProfileCards.portrait(page.profile(), 800), who);
        header.addClassName("story-header");
        Paragraph date = new Paragraph(Dates.day(page.profile().getPublishedOn()));
        date.addClassName("lesson-meta");
        add(back, new H1(page.revision().getTitle()), date, header);
        if (!page.revision().getSummary().isBlank()) {
            Paragraph summary = new Paragraph(page.revision().getSummary());
            summary.addClassName("lesson-summary");
            add(summary);
        }
        if (!page.profile().getAchievements().isEmpty()) {
            UnorderedList achievements = new UnorderedList();
            achievements.addClassName("achievements");
            for (Achievement a : page.profile().getAchievements()) {
                Span year = new Span(String.valueOf(a.year()));
                year.addClassName("achievement-year");
                achievements.add(new ListItem(year, new Span(a.text())));
            }
            Div block = new Div(new H2(getTranslation("stories.achievements")), achievements);
            block.addClassName("story-achievements");
            add(block);
        }
        Div body = new Div();
        body.addClassName("prose");
        body.getElement().setProperty("innerHTML", page.text().html());
        add(body);
        if (page.profile().getMemberId() == null) {
            Paragraph note = new Paragraph(getTranslation("stories.illustrative"));
            note.addClassName("illustrative-note");
            add(note);
        }
        if (!page.profile().getTags().isEmpty()) {
            add(new TagLinks(page.profile().getTags()));
        }
        add(new ShareLinks(publicUrl + "/guong-sang/" + page.profile().getSlug(), page.revision().getTitle()));
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.revision().getTitle() + " · ") + getTranslation("app.name");
    }
}
