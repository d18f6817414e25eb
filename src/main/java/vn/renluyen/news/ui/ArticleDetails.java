package vn.renluyen.news.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.base.ui.TagField;
import vn.renluyen.news.Article;
import vn.renluyen.news.Article.ArticleFacts;
import vn.renluyen.news.ArticleService;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.news.NewsCategory;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.ui.ItemDetails;

/** The editor's "details" tab for an article: category, author, tags and the cover image. */
@org.springframework.stereotype.Component
class ArticleDetails implements ItemDetails {

    private final ArticleService articles;
    private final NewsCatalog catalog;
    private final CoverUpload covers;

    ArticleDetails(ArticleService articles, NewsCatalog catalog, CoverUpload covers) {
        this.articles = articles;
        this.catalog = catalog;
        this.covers = covers;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> formFor(EditorialItem item) {
        if (item.getKind() != ItemKind.ARTICLE) {
            return Optional.empty();
        }
        return articles.ofItem(item.getId()).map(this::form);
    }

    private com.vaadin.flow.component.Component form(Article article) {
        Div form = new Div();
        form.addClassName("item-details");
        Select<NewsCategory> category = new Select<>();
        category.setLabel(form.getTranslation("news.category"));
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(c -> c == null ? form.getTranslation("news.noCategory") : c.getName());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(form.getTranslation("news.noCategory"));
        catalog.categories().stream().filter(c -> c.getSlug().equals(article.getCategorySlug())).findFirst()
                .ifPresent(category::setValue);
        TextField author = new TextField(form.getTranslation("news.author"));
        author.setMaxLength(200);
        author.setValue(article.getAuthor());
        TagField tags = new TagField();
        tags.setTags(article.getTags());
        Button save = new Button(form.getTranslation("publishing.details.save"), click -> {
            try {
                articles.describe(article.getId(), new ArticleFacts(category.getValue() == null ? null
                        : category.getValue().getSlug(), author.getValue(), tags.getTags(), null));
                Notifications.success(form.getTranslation("publishing.details.saved"));
            } catch (UserFacingException e) {
                Notifications.error(form.getTranslation(e.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(category, author, tags);
        fields.setColspan(tags, 2);
        form.add(fields, save, covers.create(article));
        return form;
    }
}
