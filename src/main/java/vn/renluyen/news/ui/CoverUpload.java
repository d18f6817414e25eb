package vn.renluyen.news.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.stereotype.Component;
import vn.renluyen.news.Article;

/** The cover image of an article: upload, replace, remove. */
@Component
class CoverUpload {

    com.vaadin.flow.component.Component create(Article article) {
        return new Div();
    }
}
