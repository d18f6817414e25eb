package vn.renluyen.search.ui;

import org.springframework.stereotype.Component;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.news.NewsCategory;
import vn.renluyen.stories.StoryCatalog;

/** Names of the category facet's values: news categories and the fields of exemplary members share it. */
@Component
class FacetLabels {

    private final NewsCatalog news;
    private final StoryCatalog stories;

    FacetLabels(NewsCatalog news, StoryCatalog stories) {
        this.news = news;
        this.stories = stories;
    }

    String category(String slug) {
        return news.category(slug).map(NewsCategory::getName).or(() -> stories.fieldName(slug)).orElse(slug);
    }
}
