package vn.renluyen.search;

import java.util.List;
import java.util.Map;
import vn.renluyen.publishing.EditorialState;

/** A page of unpublished matches with their total and how many are in each state. */
public record StaffResults(SearchQuery query, long total, List<StaffHit> hits, Map<EditorialState, Long> states) {

    static StaffResults empty(SearchQuery query) {
        return new StaffResults(query, 0, List.of(), Map.of());
    }
}
