package vn.renluyen.news.ui;

import org.springframework.stereotype.Component;
import vn.renluyen.base.ui.ImageField;
import vn.renluyen.news.Article;
import vn.renluyen.news.ArticleService;

/** The cover image of an article in the editor's details tab: upload, replace, remove. */
@Component
class CoverUpload {

    private final ArticleService service;

    CoverUpload(ArticleService service) {
        this.service = service;
    }

    com.vaadin.flow.component.Component create(Article article) {
        String label = com.vaadin.flow.component.UI.getCurrent().getTranslation("news.cover");
        return new ImageField(label, article.getCoverMediaId(),
                (name, bytes) -> service.replaceCover(article.getId(), name, bytes),
                () -> service.removeCover(article.getId()));
    }
}
