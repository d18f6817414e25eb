package vn.renluyen.search;

import java.util.List;
import java.util.Map;

/** A page of results with the total and the facet counts (type, course, category, tag). */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, Map<String, Long> types,
        Map<String, Long> courses, Map<String, Long> categories, Map<String, Long> tags) {

    static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, 0, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
}
