package vn.renluyen.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.renluyen.stories.StoryCatalog;
import vn.renluyen.stories.StoryCatalog.Filters;
import vn.renluyen.stories.StoryField;

/** /guong-sang: exemplary members, newest first, by field, organization and year. */
@Route("guong-sang")
@AnonymousAllowed
@Menu(title = "nav.stories", order = 12, icon = "vaadin:star")
class StoriesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryCatalog catalog;
    private final Select<StoryField> field = new Select<>();
    private final Select<String> organization = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Div list = new Div();

    StoriesView(StoryCatalog catalog) {
        this.catalog = catalog;
        addClassName("reading-page");
        addClassName("stories-page");
        list.addClassName("story-list");
        field.setLabel(getTranslation("stories.field"));
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("stories.any"));
        field.setItemLabelGenerator(f -> f == null ? getTranslation("stories.any") : f.getName());
        organization.setLabel(getTranslation("stories.organization"));
        organization.setEmptySelectionAllowed(true);
        organization.setEmptySelectionCaption(getTranslation("stories.any"));
        year.setLabel(getTranslation("stories.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("stories.any"));
        Div filters = new Div(field, organization, year);
        filters.addClassName("story-filters");
        Paragraph lead = new Paragraph(getTranslation("stories.lead"));
        lead.addClassName("lesson-summary");
        add(new H1(getTranslation("stories.title")), lead, filters, list);
        field.addValueChangeListener(e -> refresh());
        organization.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Filters choices = catalog.filters();
        field.setItems(choices.fields());
        organization.setItems(choices.organizations());
        year.setItems(choices.years());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var cards = catalog.profiles(field.getValue() == null ? null : field.getValue().getSlug(),
                organization.getValue(), year.getValue());
        if (cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("stories.none")));
        }
        cards.forEach(card -> list.add(ProfileCards.card(card)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.title") + " · " + getTranslation("app.name");
    }
}
