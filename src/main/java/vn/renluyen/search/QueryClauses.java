package vn.renluyen.search;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The Vietnamese query of DESIGN.md ("Search design"), shared by the public search (SearchText's fields, under
 * {@code text.}) and the staff search (WorkingCopy's, at the root): a filter on the folded fields requiring
 * about 70 % of the syllables; boosted clauses for exact, bigram and phrase matches, plus a body phrase for
 * queries of three syllables or more; a query typed without any diacritic skips every exact clause, which
 * would otherwise prefer the wrong word. Body fields are scored without length normalisation
 * ({@link vn.renluyen.base.SearchRanking}).
 */
final class QueryClauses {

    private QueryClauses() {
    }

    /** Adds the filter and the scored clauses to {@code bool}; {@code prefix} is where the text fields are ("text." or ""). */
    static void add(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchQuery query, String prefix) {
        filter(f, bool, query, prefix);
        score(f, bool, query, prefix);
    }

    /** The non-scoring part alone: which documents match (the folded syllables, about 70 % of them). */
    static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchQuery query, String prefix) {
        BooleanPredicateClausesStep<?, ?> syllables = f.bool();
        for (String term : query.terms()) {
            syllables.should(f.match().fields(prefix + "title_folded", prefix + "body_folded").matching(term));
        }
        bool.filter(syllables.minimumShouldMatchNumber(query.required()));
    }

    /** The scored {@code should} clauses alone: how the matches rank. They never change which documents match. */
    static void score(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchQuery query, String prefix) {
        String text = query.text();
        if (query.hasDiacritics()) {
            bool.should(f.match().field(prefix + "title").matching(text).boost(8));
            bool.should(f.match().field(prefix + "title_bigram").matching(text).boost(6));
            bool.should(f.match().field(prefix + "body").matching(text).boost(3));
            bool.should(f.match().field(prefix + "body_bigram").matching(text).boost(3));
            bool.should(f.phrase().field(prefix + "title").matching(text).slop(1).boost(4));
        }
        bool.should(f.match().field(prefix + "title_folded_bigram").matching(text).boost(5));
        bool.should(f.match().field(prefix + "title_folded").matching(text).boost(3));
        bool.should(f.match().field(prefix + "body_folded_bigram").matching(text).boost(2));
        bool.should(f.match().field(prefix + "body_folded").matching(text).boost(1));
        if (query.terms().size() > 2) {
            // A phrase of three syllables or more in the body: what bigrams alone cannot tell apart from the
            // same syllables scattered over a long text (README, Benchmarks > Search).
            bool.should(f.phrase().field(prefix + "body_folded").matching(text).slop(1).boost(8));
            if (query.hasDiacritics()) {
                bool.should(f.phrase().field(prefix + "body").matching(text).slop(1).boost(4));
            }
        }
    }

    /**
     * The cheap part of the ranking, as a required clause: folded bigrams in title and body plus the title's
     * syllables (the body's syllables for a one-syllable query). Bigrams are rare next to the syllables they are made
     * of, so Lucene finds the best of these without visiting every document that holds a common syllable; the whole
     * query then ranks them ({@link SearchService}).
     */
    static void candidates(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchQuery query,
            String prefix) {
        String text = query.text();
        BooleanPredicateClausesStep<?, ?> cheap = f.bool();
        cheap.should(f.match().field(prefix + "title_folded").matching(text).boost(3));
        if (query.terms().size() > 1) {
            cheap.should(f.match().field(prefix + "title_folded_bigram").matching(text).boost(5));
            cheap.should(f.match().field(prefix + "body_folded_bigram").matching(text).boost(2));
        } else {
            cheap.should(f.match().field(prefix + "body_folded").matching(text).boost(1));
        }
        bool.must(cheap);
    }

    /**
     * One fragment of the folded body, re-analysed from the stored text (plain highlighter): the best-scored one of
     * about {@link Snippets#FRAGMENT_LENGTH} characters, none when the body holds none of the words
     * ({@link Snippets#of} then shows its start); escaped HTML in which only {@code <mark>} is markup. Term vectors,
     * which the fast-vector highlighter reads instead, cost more to index than ten re-analysed bodies cost a search
     * (README, Benchmarks > Search).
     */
    static HighlighterFinalStep snippet(SearchHighlighterFactory h) {
        return h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                .numberOfFragments(1).orderByScore(true).fragmentSize(Snippets.FRAGMENT_LENGTH)
                .noMatchSize(0);
    }
}
