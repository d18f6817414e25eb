package vn.renluyen.base;

/** Names of the search analyzers, shared by mappings, queries and the backend configurers. */
public final class AnalyzerNames {

    /** Person and place names: NFC, syllable tokens, lower case, diacritics folded (đ → d). */
    public static final String NAME_FOLDED = "name_folded";
    /** Vietnamese text, lower case, diacritics kept (tone placement unified). */
    public static final String VI_EXACT = "vi_exact";
    /** Pairs of neighbouring syllables, diacritics kept: approximates Vietnamese words. */
    public static final String VI_EXACT_BIGRAM = "vi_exact_bigram";
    /** Vietnamese text without diacritics: finds what people type on phones without marks. */
    public static final String VI_FOLDED = "vi_folded";
    /** Pairs of neighbouring syllables without diacritics. */
    public static final String VI_FOLDED_BIGRAM = "vi_folded_bigram";
    /** Prefixes of folded syllables, for suggestions while typing (index side only). */
    public static final String VI_AUTOCOMPLETE = "vi_autocomplete";

    private AnalyzerNames() {
    }
}
