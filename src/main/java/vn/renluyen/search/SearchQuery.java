package vn.renluyen.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed, made safe: NFC, control characters dropped, split into syllables (letters and
 * digits only, so Lucene syntax means nothing), at most {@link #MAX_TERMS} of them.
 */
public record SearchQuery(String text, List<String> terms, boolean hasDiacritics) {

    public static final int MAX_LENGTH = 300;
    public static final int MAX_TERMS = 12;

    /** Null or blank input gives an empty query; longer than {@link #MAX_LENGTH} is refused. */
    public static SearchQuery of(String raw) {
        if (raw == null) {
            return new SearchQuery("", List.of(), false);
        }
        if (raw.length() > MAX_LENGTH) {
            throw new QueryTooLong();
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        List<String> terms = Arrays.stream(nfc.split("[^\\p{L}\\p{M}\\p{Nd}]+"))
                .filter(t -> !t.isBlank())
                .map(t -> t.toLowerCase(Locale.ROOT))
                .limit(MAX_TERMS)
                .toList();
        boolean diacritics = terms.stream().anyMatch(t -> t.chars().anyMatch(c -> c > 127));
        return new SearchQuery(String.join(" ", terms), terms, diacritics);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** How many syllables the filter requires: about 70 %, rounded down, at least one. */
    public int required() {
        return Math.max(1, (int) Math.floor(terms.size() * 0.7));
    }

    /** The same words without diacritics, for "did you mean" on an empty result. */
    public String withoutDiacritics() {
        return fold(text);
    }

    /** Lower case, without diacritics (đ → d), syllables separated by single spaces. */
    static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    public static final class QueryTooLong extends RuntimeException {
        QueryTooLong() {
            super("Query longer than " + MAX_LENGTH + " characters");
        }
    }
}
