package vn.renluyen.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.renluyen.base.SearchUnavailable;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.search.SearchFilter;
import vn.renluyen.search.SearchHit;
import vn.renluyen.search.SearchQuery;
import vn.renluyen.search.SearchResults;
import vn.renluyen.search.SearchService;
import vn.renluyen.search.StaffSearch;

/**
 * /tim-kiem?q=: results with snippets, facets by type, course, category and tag, "more", and help when nothing is
 * found. Staff who may open the editor get the same results under a tab "Đã xuất bản" and, beside it, "Chưa xuất
 * bản" with the unpublished matches ({@link UnpublishedResults}); everyone else sees the public results alone.
 */
@Route("tim-kiem")
@AnonymousAllowed
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "tim-kiem";
    private static final int PAGE = 10;

    private final SearchService search;
    private final CourseCatalog catalog;
    private final FacetLabels labels;
    private final TextField box = new TextField();
    private final Div results = new Div();
    /** The staff tabs, or null for visitors who are not staff. */
    private final TabSheet tabs;
    private final Tab publishedTab;
    private final Tab unpublishedTab;
    private final UnpublishedResults unpublished;
    private String q = "";
    private SearchFilter filter = SearchFilter.NONE;
    private int shown;

    SearchView(SearchService search, StaffSearch staff, CourseCatalog catalog, FacetLabels labels, Clock clock) {
        this.search = search;
        this.catalog = catalog;
        this.labels = labels;
        addClassName("reading-page");
        addClassName("search-page");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAriaLabel(getTranslation("search.label"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.addKeyPressListener(Key.ENTER, e -> go(box.getValue(), SearchFilter.NONE));
        add(new H1(getTranslation("search.title")), box);
        if (staff.available()) {
            unpublished = new UnpublishedResults(staff, clock.getZone());
            tabs = new TabSheet();
            tabs.addClassName("search-tabs");
            tabs.addThemeName("no-padding");
            tabs.setWidthFull();
            publishedTab = tabs.add(getTranslation("search.staff.publishedTab"), results);
            unpublishedTab = tabs.add(getTranslation("search.staff.unpublishedTab"), unpublished);
            add(tabs);
        } else {
            unpublished = null;
            tabs = null;
            publishedTab = null;
            unpublishedTab = null;
            add(results);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        q = first(params, "q");
        String type = first(params, "type");
        filter = new SearchFilter(type.isEmpty() ? Set.of() : Set.of(type), first(params, "course"),
                first(params, "category"), first(params, "tag"));
        box.setValue(q);
        shown = 0;
        results.removeAll();
        long found = show();
        if (unpublished != null) {
            showUnpublished(found);
        }
    }

    /** The next page of public results; returns the total on the first page, -1 when nothing was searched. */
    private long show() {
        SearchQuery query;
        try {
            query = SearchQuery.of(q);
        } catch (SearchQuery.QueryTooLong e) {
            results.add(message(getTranslation("search.tooLong", SearchQuery.MAX_LENGTH)));
            return -1;
        }
        if (query.isEmpty()) {
            results.add(message(getTranslation("search.empty")));
            return -1;
        }
        SearchResults page;
        try {
            page = search.search(query, filter, shown, PAGE);
        } catch (SearchUnavailable unavailable) {
            results.add(message(getTranslation(unavailable.messageKey())));
            return -1;
        }
        if (shown == 0) {
            results.add(summary(page), facets(page));
            if (page.total() == 0) {
                results.add(suggestions(query));
                return 0;
            }
        }
        Div list = new Div();
        list.addClassName("search-results");
        page.hits().forEach(hit -> list.add(hit(hit)));
        results.add(list);
        shown += page.hits().size();
        if (shown < page.total()) {
            Button more = new Button(getTranslation("search.more"));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(click -> {
                results.remove(more);
                show();
            });
            results.add(more);
        }
        return page.total();
    }

    /** Staff only: the unpublished matches, both tabs' counts, and the tab that has results when one is empty. */
    private void showUnpublished(long published) {
        SearchQuery query;
        try {
            query = SearchQuery.of(q);
        } catch (SearchQuery.QueryTooLong e) {
            query = null;
        }
        long found = unpublished.show(q, query);
        publishedTab.setLabel(tabLabel("search.staff.publishedTab", published));
        unpublishedTab.setLabel(tabLabel("search.staff.unpublishedTab", found));
        Tab selected = tabs.getSelectedTab();
        if (selected == publishedTab && published == 0 && found > 0) {
            tabs.setSelectedTab(unpublishedTab);
        } else if (selected == unpublishedTab && found == 0 && published > 0) {
            tabs.setSelectedTab(publishedTab);
        }
    }

    private String tabLabel(String key, long count) {
        return count < 0 ? getTranslation(key) : getTranslation(key) + " (" + count + ")";
    }

    private Paragraph summary(SearchResults page) {
        Paragraph summary = new Paragraph(getTranslation("search.count", page.total(), q));
        summary.addClassName("search-summary");
        return summary;
    }

    private Div facets(SearchResults page) {
        Div facets = new Div();
        facets.addClassName("search-facets");
        if (!filter.isEmpty()) {
            facets.add(facet(getTranslation("search.facet.all"), q, SearchFilter.NONE, false));
        }
        String type = filter.types().stream().findFirst().orElse("");
        page.types().forEach((t, count) -> facets.add(facet(getTranslation("search.type." + t) + " (" + count + ")",
                q, new SearchFilter(Set.of(t), filter.course(), filter.category(), filter.tag()), t.equals(type))));
        page.courses().forEach((c, count) -> facets.add(facet(catalog.course(c).map(o -> o.course().getTitle())
                .orElse(c) + " (" + count + ")", q, new SearchFilter(filter.types(), c, filter.category(),
                filter.tag()), c.equals(filter.course()))));
        page.categories().forEach((c, count) -> facets.add(facet(labels.category(c) + " (" + count + ")", q,
                new SearchFilter(filter.types(), filter.course(), c, filter.tag()), c.equals(filter.category()))));
        page.tags().forEach((t, count) -> facets.add(facet("#" + t + " (" + count + ")", q,
                new SearchFilter(filter.types(), filter.course(), filter.category(), t), t.equals(filter.tag()))));
        return facets;
    }

    private Anchor facet(String label, String query, SearchFilter target, boolean active) {
        Anchor link = new Anchor(url(query, target), label);
        link.addClassName("search-facet");
        if (active) {
            link.addClassName("active");
        }
        return link;
    }

    private Div suggestions(SearchQuery query) {
        Div help = new Div(new Paragraph(getTranslation("search.none")));
        help.addClassName("search-help");
        if (query.hasDiacritics()) {
            help.add(suggestion(query.withoutDiacritics()));
        }
        if (query.terms().size() > 1) {
            help.add(suggestion(String.join(" ", query.terms().subList(0, query.terms().size() - 1))));
        }
        return help;
    }

    private Paragraph suggestion(String text) {
        return new Paragraph(new Span(getTranslation("search.try") + " "), new Anchor(url(text, SearchFilter.NONE), text));
    }

    private Div hit(SearchHit hit) {
        Anchor title = new Anchor(hit.url(), hit.title());
        title.addClassName("search-hit-title");
        Span kind = new Span(getTranslation("search.type." + hit.type()));
        kind.addClassName("search-hit-type");
        Paragraph snippet = new Paragraph();
        snippet.addClassName("search-hit-snippet");
        // The snippet is escaped text in which only <mark> is markup (the highlighter's HTML encoder).
        snippet.getElement().setProperty("innerHTML", hit.snippet());
        Div item = new Div(kind, new H2(title), snippet);
        item.addClassName("search-hit");
        return item;
    }

    private void go(String query, SearchFilter target) {
        UI.getCurrent().navigate(ROUTE, parameters(query, target));
    }

    private static String url(String query, SearchFilter target) {
        return ROUTE + "?" + parameters(query, target).getQueryString();
    }

    private static QueryParameters parameters(String query, SearchFilter target) {
        Map<String, String> map = new HashMap<>();
        map.put("q", query == null ? "" : query);
        target.types().stream().findFirst().ifPresent(t -> map.put("type", t));
        putIfSet(map, "course", target.course());
        putIfSet(map, "category", target.category());
        putIfSet(map, "tag", target.tag());
        return QueryParameters.simple(map);
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    private static Paragraph message(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("search-help");
        return p;
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return (q.isBlank() ? "" : q + " · ") + getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}
