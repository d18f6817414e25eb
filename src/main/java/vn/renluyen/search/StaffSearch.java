package vn.renluyen.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.WorkingCopy;

/**
 * Search over what readers cannot see yet, for the staff who may open the editor (EDITOR, PUBLISHER: the same
 * rule as {@link EditorialService#requireWriter}): the newest revision of every lesson, story and article whose
 * state is not PUBLISHED, i.e. drafts (returned ones too, and the newest draft of a published item), items in
 * review, scheduled and archived ones. The query follows the public search's rules (DESIGN.md "Search design",
 * {@link SearchService}): a filter on the folded fields requiring {@link SearchQuery#required()} syllables, the
 * same boosted clauses, the exact ones skipped when the query has no diacritic, a highlighted snippet. The public
 * search and /api/search never read this index.
 */
@Service
public class StaffSearch {

    private static final AggregationKey<Map<EditorialState, Long>> STATES = AggregationKey.of("states");

    private final EntityManager entityManager;
    private final EditorialService editorial;

    StaffSearch(EntityManager entityManager, EditorialService editorial) {
        this.entityManager = entityManager;
        this.editorial = editorial;
    }

    /** Whether the signed-in user may search unpublished content; pages show the staff section only then. */
    public boolean available() {
        return editorial.isWriter();
    }

    /** Unpublished matches, best first; anyone but an EDITOR or PUBLISHER is refused (AccessDeniedException). */
    @Transactional(readOnly = true)
    public StaffResults search(SearchQuery query, int offset, int limit) {
        editorial.requireWriter();
        if (query.isEmpty()) {
            return StaffResults.empty(query);
        }
        try {
            return run(query, offset, limit);
        } catch (RuntimeException failure) {
            throw SearchService.unavailableOr(failure);
        }
    }

    private StaffResults run(SearchQuery query, int offset, int limit) {
        SearchResult<Object[]> result = Search.session(entityManager).search(WorkingCopy.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.field("kind", ItemKind.class),
                        f.field("state", EditorialState.class),
                        f.field("returned", Boolean.class),
                        f.field("publishedRevision", Integer.class),
                        f.field("title", String.class),
                        f.highlight("body_folded"),
                        f.field("updatedAt", Instant.class),
                        f.score(),
                        f.field("body_folded", String.class)).asArray())
                .where(f -> predicate(f, query))
                .highlighter(QueryClauses::snippet)
                .aggregation(STATES, f -> f.terms().field("state", EditorialState.class))
                .fetch(Math.max(0, offset), Math.min(Math.max(1, limit), SearchService.MAX_LIMIT));
        List<StaffHit> hits = result.hits().stream().map(StaffSearch::hit).toList();
        return new StaffResults(query, result.total().hitCount(), hits, result.aggregation(STATES));
    }

    /** The public search's query on this index's fields (same names, same analyzers), without the published items. */
    private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchQuery query) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.mustNot(f.match().field("state").matching(EditorialState.PUBLISHED));
        QueryClauses.add(f, bool, query, "");
        return bool;
    }

    @SuppressWarnings("unchecked")
    private static StaffHit hit(Object[] row) {
        long itemId = (Long) row[0];
        List<String> highlights = (List<String>) row[6];
        String snippet = Snippets.of(highlights, (String) row[9]);
        return new StaffHit(itemId, (ItemKind) row[1], (EditorialState) row[2], Boolean.TRUE.equals(row[3]),
                (Integer) row[4], (String) row[5], snippet, WorkingCopy.editorPath(itemId), (Instant) row[7],
                (Float) row[8]);
    }
}
