package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lucene analysis components of {@link AnalyzerDefinitions} in Elasticsearch's terms. */
class ElasticsearchComponentsTest {

    @Test
    void everyComponentOfTheDefinitionsHasACounterpart() {
        AnalyzerDefinitions.ALL.values().forEach(definition -> {
            ElasticsearchComponents.translate(definition.tokenizer());
            definition.charFilters().forEach(ElasticsearchComponents::translate);
            definition.tokenFilters().forEach(ElasticsearchComponents::translate);
        });
    }

    @Test
    void icuComponentsKeepTheirSettings() {
        assertThat(ElasticsearchComponents.translate(AnalyzerDefinitions.VIETNAMESE_CHAR_FILTERS.get(0)))
                .isEqualTo(new ElasticsearchComponents.Translated("icu_normalizer",
                        Map.of("mode", "compose", "name", "nfc")));
        assertThat(ElasticsearchComponents.translate(AnalyzerDefinitions.FOLD))
                .isEqualTo(new ElasticsearchComponents.Translated("icu_folding", Map.of()));
    }

    @Test
    void numbersAndFlagsBecomeTypedSnakeCaseParameters() {
        assertThat(ElasticsearchComponents.translate(AnalyzerDefinitions.BIGRAMS).parameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("min_shingle_size", 2, "max_shingle_size", 2,
                        "output_unigrams", false));
        assertThat(ElasticsearchComponents.translate(AnalyzerDefinitions.PREFIXES))
                .isEqualTo(new ElasticsearchComponents.Translated("edge_ngram", Map.of("min_gram", 1, "max_gram", 20)));
    }

    @Test
    void theTonePlacementFileIsInlinedRuleByRule() {
        Object mappings = ElasticsearchComponents.translate(AnalyzerDefinitions.VIETNAMESE_CHAR_FILTERS.get(1))
                .parameters().get("mappings");
        assertThat(mappings).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .hasSize(45)
                .contains("òa => oà", "Ủy => Uỷ", "ỏe => oẻ")
                .allMatch(rule -> rule.matches("\\S+ => \\S+"));
    }

    @Test
    void anUnknownComponentOrParameterIsAnErrorNotASilentOmission() {
        assertThatThrownBy(() -> ElasticsearchComponents.translate(new AnalyzerDefinitions.Component("asciiFolding", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asciiFolding");
        assertThatThrownBy(() -> ElasticsearchComponents.translate(
                new AnalyzerDefinitions.Component("shingle", Map.of("tokenSeparator", "_"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenSeparator");
        assertThatThrownBy(() -> ElasticsearchComponents.mappingRules("search/no-such-file.txt"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
