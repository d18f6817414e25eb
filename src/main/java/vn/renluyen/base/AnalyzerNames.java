package vn.renluyen.base;

/** Names of the search analyzers, shared by mappings, queries and the backend configurers. */
public final class AnalyzerNames {

    /** Person and place names: NFC, syllable tokens, lower case, diacritics folded (đ → d). */
    public static final String NAME_FOLDED = "name_folded";

    private AnalyzerNames() {
    }
}
