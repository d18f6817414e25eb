package vn.renluyen.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.Failures;
import vn.renluyen.base.SearchUnavailable;
import vn.renluyen.curriculum.Module;
import vn.renluyen.news.Article;
import vn.renluyen.stories.ExemplaryProfile;

/**
 * Vietnamese search over published lessons, exemplary-member profiles and news (each embeds
 * SearchText and is listed in {@link #SEARCHABLE}), with the query of {@link QueryClauses}.
 */
@Service
public class SearchService {

    static final List<Class<?>> SEARCHABLE = List.of(Module.class, ExemplaryProfile.class, Article.class);
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<String, Long>> COURSES = AggregationKey.of("courses");
    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");
    private static final int TAG_FACETS = 12;
    public static final int MAX_LIMIT = 50;
    /** How many documents the cheap clauses pass on to the whole query (the same MRR@10 as scoring every match). */
    static final int CANDIDATES = 300;
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    /** Where the counts run beside the ranking: a virtual thread each, as many as searches in flight, no pool to size. */
    private final ExecutorService counter = Executors.newVirtualThreadPerTaskExecutor();

    SearchService(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
    }

    @PreDestroy
    void stopCounting() {
        counter.shutdown();
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query, Set<String> types, String course, int offset, int limit) {
        return search(query, new SearchFilter(types, course, "", ""), offset, limit);
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query, SearchFilter filter, int offset, int limit) {
        if (query.isEmpty()) {
            return SearchResults.empty(query);
        }
        try {
            return run(query, filter, offset, limit);
        } catch (RuntimeException failure) {
            throw unavailableOr(failure);
        }
    }

    /**
     * A failing index storage becomes {@link SearchUnavailable} (a message for the user, DEGRADED in the health
     * endpoint); anything else stays what it is. Only the storage's own error is logged: Lucene's message holds the
     * query, which may be a person's name.
     */
    static RuntimeException unavailableOr(RuntimeException failure) {
        if (!Failures.isSearchIndexUnavailable(failure)) {
            return failure;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.warn("Search index unavailable: {}", root.toString());
        return new SearchUnavailable(failure);
    }

    /**
     * The exact total and the facet counts come from the filter alone, unscored, on another thread while this one ranks
     * (each costs about half of a search at 100,000 documents; README, Benchmarks > Search). The order is that of the
     * whole query, in two parts: first the best {@link #CANDIDATES} documents by the cheap clauses
     * ({@link QueryClauses#candidates}: folded bigrams and title syllables, which Lucene finds without visiting every
     * document that holds a common syllable), then every other match; each part ranked by the whole query. Every match
     * is on exactly one page.
     */
    private SearchResults run(SearchQuery query, SearchFilter filter, int offset, int limit) {
        SearchSession session = Search.session(entityManager);
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), MAX_LIMIT);
        Future<SearchResult<?>> counting = counter.submit(() -> counts(query, filter));
        List<Object> candidates = candidates(session, query, filter);
        List<SearchHit> hits = new ArrayList<>();
        long covered = 0;
        if (!candidates.isEmpty()) {
            // Never past the candidates: a far offset must not make Lucene hold that many hits.
            SearchResult<SearchHit> best = ranked(session, query, filter, candidates, true)
                    .fetch(Math.min(from, candidates.size()), size);
            covered = best.total().hitCount();
            hits.addAll(best.hits());
        }
        SearchResult<?> counts = joined(counting);
        long total = counts.total().hitCount();
        if (hits.size() < size && from + hits.size() < total) {
            hits.addAll(ranked(session, query, filter, candidates, false)
                    .fetchHits((int) Math.max(0, from - covered), size - hits.size()));
        }
        return new SearchResults(query, total, List.copyOf(hits), counts.aggregation(TYPES),
                counts.aggregation(COURSES), counts.aggregation(CATEGORIES), counts.aggregation(TAGS));
    }

    /** Total and facets, in a session of its own: a Hibernate session belongs to one thread. */
    private SearchResult<?> counts(SearchQuery query, SearchFilter filter) {
        try (EntityManager own = entityManagerFactory.createEntityManager()) {
            return Search.session(own).search(SEARCHABLE)
                    .where(f -> matching(f, query, filter))
                    .aggregation(TYPES, f -> f.terms().field("text.type", String.class))
                    .aggregation(COURSES, f -> f.terms().field("text.course", String.class))
                    .aggregation(CATEGORIES, f -> f.terms().field("text.category", String.class))
                    .aggregation(TAGS, f -> f.terms().field("text.tags", String.class).maxTermCount(TAG_FACETS))
                    .fetch(0);
        }
    }

    /** The counts' result, or what they failed with, as if they had run on this thread. */
    private static SearchResult<?> joined(Future<SearchResult<?>> counting) {
        try {
            return counting.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting search results", interrupted);
        }
    }

    /**
     * Ids of the best candidates. Only ids (doc values): a stored field would mean decompressing each candidate's
     * body. Ids are unique within a type only, so a match of another type with a candidate's id counts as a
     * candidate too; the two parts still split the matches, and each part is ranked by the whole query.
     */
    private static List<Object> candidates(SearchSession session, SearchQuery query, SearchFilter filter) {
        return session.search(SEARCHABLE)
                .select(f -> f.id())
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = facets(f, filter);
                    QueryClauses.candidates(f, bool, query, "text.");
                    return bool;
                })
                .totalHitCountThreshold(CANDIDATES)
                .fetchHits(CANDIDATES)
                .stream().distinct().toList();
    }

    /** Matches ranked by the whole query: among the candidates, or (among = false) all the others. */
    private static SearchQueryOptionsStep<?, ?, SearchHit, ?, ?, ?> ranked(SearchSession session, SearchQuery query,
            SearchFilter filter, List<Object> candidates, boolean among) {
        return session.search(SEARCHABLE)
                .select(f -> f.composite().from(
                        f.field("text.type", String.class),
                        f.field("text.slug", String.class),
                        f.field("text.title", String.class),
                        f.highlight("text.body_folded"),
                        f.field("text.url", String.class),
                        f.score(),
                        f.field("text.body_folded", String.class)).asList(SearchService::hit))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = matching(f, query, filter);
                    if (!candidates.isEmpty()) {
                        if (among) {
                            bool.filter(f.id().matchingAny(candidates));
                        } else {
                            bool.mustNot(f.id().matchingAny(candidates));
                        }
                    }
                    QueryClauses.score(f, bool, query, "text.");
                    return bool;
                })
                .highlighter(QueryClauses::snippet);
    }

    /** Titles starting with what was typed (each syllable a prefix, diacritics optional), for the header box. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String typed, int limit) {
        SearchQuery query;
        try {
            query = SearchQuery.of(typed);
        } catch (SearchQuery.QueryTooLong e) {
            return List.of();
        }
        if (query.text().length() < 2) {
            return List.of();
        }
        try {
            return suggestions(query, limit);
        } catch (RuntimeException failure) {
            if (unavailableOr(failure) instanceof SearchUnavailable) {
                return List.of(); // the header box simply offers nothing
            }
            throw failure;
        }
    }

    private List<Suggestion> suggestions(SearchQuery query, int limit) {
        return Search.session(entityManager).search(SEARCHABLE)
                .select(f -> f.composite().from(f.field("text.title", String.class), f.field("text.url", String.class))
                        .as(Suggestion::new))
                .where(f -> f.bool()
                        .filter(f.match().field("text.live").matching(true))
                        .must(f.match().field("text.title_prefix").matching(query.text()).minimumShouldMatchPercent(100)))
                .fetchHits(20).stream()
                .sorted(Comparator.comparingInt((Suggestion s) -> closeness(s.title(), query)))
                .limit(Math.min(Math.max(1, limit), 10))
                .toList();
    }

    /** 0 when the title starts with what was typed, 1 when it contains it as typed, else 2 (stable sort keeps score order). */
    private static int closeness(String title, SearchQuery query) {
        String folded = SearchQuery.fold(title);
        String typed = query.withoutDiacritics();
        return folded.startsWith(typed) ? 0 : folded.contains(" " + typed) ? 1 : 2;
    }

    /** A title to jump to while typing. */
    public record Suggestion(String title, String url) {
    }

    /** Which documents match: live ones, within the chosen facets, holding enough of the query's syllables. */
    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, SearchQuery query,
            SearchFilter filter) {
        BooleanPredicateClausesStep<?, ?> bool = facets(f, filter);
        QueryClauses.filter(f, bool, query, "text.");
        return bool;
    }

    /** Live documents within the chosen type, course, category and tag. */
    private static BooleanPredicateClausesStep<?, ?> facets(SearchPredicateFactory f, SearchFilter filter) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.filter(f.match().field("text.live").matching(true));
        if (!filter.types().isEmpty()) {
            bool.filter(f.terms().field("text.type").matchingAny(filter.types()));
        }
        if (!filter.course().isBlank()) {
            bool.filter(f.match().field("text.course").matching(filter.course()));
        }
        if (!filter.category().isBlank()) {
            bool.filter(f.match().field("text.category").matching(filter.category()));
        }
        if (!filter.tag().isBlank()) {
            bool.filter(f.match().field("text.tags").matching(filter.tag()));
        }
        return bool;
    }

    private static SearchHit hit(List<?> row) {
        @SuppressWarnings("unchecked")
        List<String> highlights = (List<String>) row.get(3);
        String snippet = Snippets.of(highlights, (String) row.get(6));
        return new SearchHit((String) row.get(0), (String) row.get(1), (String) row.get(2), snippet,
                (String) row.get(4), (Float) row.get(5));
    }
}
