package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/** The analyzers as Lucene builds them from the same definitions the portal's configurer uses. */
class AnalyzerDefinitionsTest {

    @Test
    void nfcAndNfdTextGiveTheSameTokens() {
        String nfc = "Đảng Cộng sản Việt Nam";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        for (String analyzer : AnalyzerDefinitions.ALL.keySet()) {
            assertThat(tokens(analyzer, nfd)).as(analyzer).isEqualTo(tokens(analyzer, nfc));
        }
    }

    @Test
    void oldAndNewTonePlacementMeet() {
        assertThat(tokens(AnalyzerNames.VI_EXACT, "hòa bình, thủy lợi, khỏe mạnh, Ủy ban, ÚY"))
                .containsExactly("hoà", "bình", "thuỷ", "lợi", "khoẻ", "mạnh", "uỷ", "ban", "uý");
        assertThat(tokens(AnalyzerNames.VI_EXACT, "hoà bình, thuỷ lợi, khoẻ mạnh, Uỷ ban"))
                .containsExactly("hoà", "bình", "thuỷ", "lợi", "khoẻ", "mạnh", "uỷ", "ban");
    }

    @Test
    void exactKeepsMarksAndFoldedDropsThemIncludingDStroke() {
        assertThat(tokens(AnalyzerNames.VI_EXACT, "ĐẢNG VIÊN")).containsExactly("đảng", "viên");
        assertThat(tokens(AnalyzerNames.VI_FOLDED, "ĐẢNG VIÊN Đảng đảng")).containsExactly("dang", "vien", "dang", "dang");
        assertThat(tokens(AnalyzerNames.VI_FOLDED, "hóa học, hòa, hoa")).containsExactly("hoa", "hoc", "hoa", "hoa");
    }

    @Test
    void shortSyllablesAreKept() {
        assertThat(tokens(AnalyzerNames.VI_EXACT, "Hà Nội, ủy, đi, Sơn La")).containsExactly("hà", "nội", "uỷ", "đi", "sơn", "la");
        assertThat(tokens(AnalyzerNames.VI_FOLDED, "Sơn La")).containsExactly("son", "la");
    }

    @Test
    void bigramsApproximateWords() {
        assertThat(tokens(AnalyzerNames.VI_EXACT_BIGRAM, "công tác đảng viên"))
                .containsExactly("công tác", "tác đảng", "đảng viên");
        assertThat(tokens(AnalyzerNames.VI_FOLDED_BIGRAM, "Công tác Đảng viên"))
                .containsExactly("cong tac", "tac dang", "dang vien");
    }

    @Test
    void autocompleteIndexesPrefixesOfFoldedSyllables() {
        assertThat(tokens(AnalyzerNames.VI_AUTOCOMPLETE, "Điều lệ")).containsExactly("d", "di", "die", "dieu", "l", "le");
    }

    static List<String> tokens(String analyzerName, String text) {
        try (Analyzer analyzer = build(AnalyzerDefinitions.ALL.get(analyzerName));
                TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            List<String> tokens = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer build(AnalyzerDefinitions.Definition definition) throws IOException {
        CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new ClasspathResourceLoader(AnalyzerDefinitionsTest.class
                .getClassLoader()))
                .withTokenizer(definition.tokenizer().name(), new HashMap<>(definition.tokenizer().parameters()));
        for (AnalyzerDefinitions.Component c : definition.charFilters()) {
            builder.addCharFilter(c.name(), new HashMap<>(c.parameters()));
        }
        for (AnalyzerDefinitions.Component c : definition.tokenFilters()) {
            builder.addTokenFilter(c.name(), new HashMap<>(c.parameters()));
        }
        return builder.build();
    }
}
