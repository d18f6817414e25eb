package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.renluyen.PortalIntegrationTest;

/**
 * The running portal's Lucene analyzers are {@link AnalyzerDefinitions}: on every Markdown file of
 * {@code content/} (and in NFD and upper case) each gives the same terms, positions and offsets as an analyzer
 * Lucene builds straight from the definitions. With {@code ElasticsearchSchemaExportIT} (the cluster's analyzers
 * against the same data) the two backends analyse text alike.
 */
@PortalIntegrationTest
class LuceneAnalyzersIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theBackendsAnalyzersAreTheDefinitions() throws IOException {
        LuceneBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(10);
        for (var entry : AnalyzerDefinitions.ALL.entrySet()) {
            Analyzer portal = backend.analyzer(entry.getKey()).orElseThrow();
            try (Analyzer definitions = AnalyzerDefinitionsTest.build(entry.getValue())) {
                for (String text : texts) {
                    List<String> expected = tokens(definitions, text);
                    assertThat(expected).isNotEmpty();
                    assertThat(tokens(portal, text)).as(entry.getKey()).isEqualTo(expected);
                }
            }
        }
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Hòa bình, THỦY LỢI, khoẻ mạnh, Ủy ban, Đảng viên, Sơn La, hà"));
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                texts.add(text);
                texts.add(Normalizer.normalize(text, Normalizer.Form.NFD).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return texts;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            List<String> tokens = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
