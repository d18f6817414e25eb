package vn.renluyen.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search analyzers as data, in one place: the Lucene configurer is built from it, and so will
 * be the Elasticsearch one (scale-out). Component names are Lucene's factory names (SPI), which the
 * Elasticsearch ICU and common analysis plugins mirror.
 */
public final class AnalyzerDefinitions {

    /** Unicode NFC first, then old-style tone placement to the new style (hòa → hoà, thủy → thuỷ). */
    static final List<Component> VIETNAMESE_CHAR_FILTERS = List.of(
            new Component("icuNormalizer2", Map.of("name", "nfc", "mode", "compose")),
            new Component("mapping", Map.of("mapping", "search/vi-tone-placement.txt")));
    static final Component SYLLABLES = new Component("standard", Map.of());
    static final Component LOWER_CASE = new Component("lowercase", Map.of());
    static final Component FOLD = new Component("icuFolding", Map.of());
    static final Component BIGRAMS = new Component("shingle",
            Map.of("minShingleSize", "2", "maxShingleSize", "2", "outputUnigrams", "false"));
    static final Component PREFIXES = new Component("edgeNGram", Map.of("minGramSize", "1", "maxGramSize", "20"));

    public static final Map<String, Definition> ALL = all();

    private AnalyzerDefinitions() {
    }

    private static Map<String, Definition> all() {
        Map<String, Definition> all = new LinkedHashMap<>();
        all.put(AnalyzerNames.NAME_FOLDED, new Definition(VIETNAMESE_CHAR_FILTERS, SYLLABLES, List.of(FOLD)));
        all.put(AnalyzerNames.VI_EXACT, new Definition(VIETNAMESE_CHAR_FILTERS, SYLLABLES, List.of(LOWER_CASE)));
        all.put(AnalyzerNames.VI_EXACT_BIGRAM,
                new Definition(VIETNAMESE_CHAR_FILTERS, SYLLABLES, List.of(LOWER_CASE, BIGRAMS)));
        all.put(AnalyzerNames.VI_FOLDED, new Definition(VIETNAMESE_CHAR_FILTERS, SYLLABLES, List.of(FOLD)));
        all.put(AnalyzerNames.VI_FOLDED_BIGRAM,
                new Definition(VIETNAMESE_CHAR_FILTERS, SYLLABLES, List.of(FOLD, BIGRAMS)));
        all.put(AnalyzerNames.VI_AUTOCOMPLETE,
                new Definition(VIETNAMESE_CHAR_FILTERS, SYLLABLES, List.of(FOLD, PREFIXES)));
        return Map.copyOf(all);
    }

    /** One analysis component: its factory name and parameters. */
    public record Component(String name, Map<String, String> parameters) {
    }

    /** Char filters, then a tokenizer, then token filters. */
    public record Definition(List<Component> charFilters, Component tokenizer, List<Component> tokenFilters) {
    }
}
