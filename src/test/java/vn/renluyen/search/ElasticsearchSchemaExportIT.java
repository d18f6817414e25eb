package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.search.backend.elasticsearch.schema.management.ElasticsearchIndexSchemaExport;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.TestDatabase;
import vn.renluyen.base.AnalyzerDefinitions;
import vn.renluyen.base.SearchRanking;

/**
 * The {@code cluster} profile without a cluster: Hibernate Search boots its Elasticsearch backend (version from
 * configuration, no version check, no schema management, no event processing, a host nobody listens on) and
 * exports the index schema it would create. Every index, every field's analyzer and every analyzer's chain must
 * agree with the mapping and with {@link AnalyzerDefinitions}, read through this test's own Lucene-to-Elasticsearch
 * table; {@code LuceneAnalyzersIT} checks the Lucene side against the same data. The schema is also written to
 * {@code target/elasticsearch-schema} for people to read.
 */
@SpringBootTest(properties = {"portal.demo-data=false", "spring.datasource.hikari.maximum-pool-size=4",
        "portal.publishing.scheduler.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:1",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@ActiveProfiles("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("own-context")
class ElasticsearchSchemaExportIT {

    private static final Path EXPORT = Path.of("target", "elasticsearch-schema");

    @Autowired
    EntityManagerFactory entityManagerFactory;

    SearchMapping mapping;
    Map<String, JsonObject> schemas = new TreeMap<>();

    @BeforeAll
    void export() {
        mapping = Search.mapping(entityManagerFactory);
        mapping.scope(Object.class).schemaManager().exportExpectedSchema((backend, index, export) ->
                schemas.put(index, ((ElasticsearchIndexSchemaExport) export).bodyParts().get(0)));
        FileSystemUtils.deleteRecursively(EXPORT.toFile());
        mapping.scope(Object.class).schemaManager().exportExpectedSchema(EXPORT);
    }

    @Test
    void everyIndexedEntityHasAnIndexInTheExport() throws IOException {
        assertThat(schemas.keySet()).isEqualTo(mapping.allIndexedEntities().stream()
                .map(entity -> entity.indexManager().descriptor().hibernateSearchName())
                .collect(Collectors.toCollection(TreeSet::new)));
        try (var files = Files.walk(EXPORT)) {
            assertThat(files.filter(file -> file.toString().endsWith(".json")).count())
                    .isGreaterThanOrEqualTo(schemas.size());
        }
    }

    @Test
    void everyIndexDefinesExactlyThePortalAnalyzersFromTheDefinitions() {
        schemas.forEach((index, schema) -> {
            JsonObject analysis = schema.getAsJsonObject("settings").getAsJsonObject("analysis");
            JsonObject analyzers = analysis.getAsJsonObject("analyzer");
            assertThat(analyzers.keySet()).as(index).isEqualTo(AnalyzerDefinitions.ALL.keySet());
            AnalyzerDefinitions.ALL.forEach((name, definition) -> {
                JsonObject analyzer = analyzers.getAsJsonObject(name);
                assertThat(analyzer.get("type").getAsString()).as(index + " " + name).isEqualTo("custom");
                assertThat(component(analysis, "tokenizer", analyzer.get("tokenizer").getAsString()))
                        .as(index + " " + name + " tokenizer").isEqualTo(expected(definition.tokenizer()));
                assertThat(chain(analysis, "char_filter", analyzer.getAsJsonArray("char_filter")))
                        .as(index + " " + name + " char filters")
                        .isEqualTo(definition.charFilters().stream().map(ElasticsearchSchemaExportIT::expected).toList());
                assertThat(chain(analysis, "filter", analyzer.getAsJsonArray("filter")))
                        .as(index + " " + name + " token filters")
                        .isEqualTo(definition.tokenFilters().stream().map(ElasticsearchSchemaExportIT::expected).toList());
            });
        });
    }

    @Test
    void everyFieldOfTheMappingIsInTheExportWithItsAnalyzer() {
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            String index = entity.indexManager().descriptor().hibernateSearchName();
            JsonObject properties = schemas.get(index).getAsJsonObject("mappings").getAsJsonObject("properties");
            List<String> analyzed = new ArrayList<>();
            for (IndexFieldDescriptor field : entity.indexManager().descriptor().staticFields()) {
                if (field.absolutePath().startsWith("_")) {
                    continue; // Hibernate Search's own fields (the index name...), metadata on Elasticsearch
                }
                JsonObject exported = property(properties, field.absolutePath());
                assertThat(exported).as(index + " field " + field.absolutePath()).isNotNull();
                if (!field.isValueField()) {
                    continue;
                }
                IndexValueFieldTypeDescriptor type = field.toValueField().type();
                assertThat(string(exported, "analyzer")).as(index + " " + field.absolutePath() + " analyzer")
                        .isEqualTo(type.analyzerName());
                Optional<String> searchAnalyzer = string(exported, "search_analyzer").or(() -> string(exported, "analyzer"));
                assertThat(searchAnalyzer).as(index + " " + field.absolutePath() + " search analyzer")
                        .isEqualTo(type.searchAnalyzerName());
                assertThat(string(exported, "normalizer")).as(index + " " + field.absolutePath() + " normalizer")
                        .isEqualTo(type.normalizerName());
                type.analyzerName().ifPresent(name -> analyzed.add(field.absolutePath()));
                type.analyzerName().ifPresent(name -> assertThat(AnalyzerDefinitions.ALL).containsKey(name));
            }
            assertThat(properties.keySet()).as(index + ": no field the mapping does not have")
                    .isSubsetOf(entity.indexManager().descriptor().staticFields().stream()
                            .map(field -> field.absolutePath().split("\\.")[0]).collect(Collectors.toSet()));
            assertThat(properties.keySet()).as(index).isNotEmpty();
            assertThat(analyzed).as(index + " has analyzed text fields").isNotEmpty();
        }
    }

    /** Body fields ranked as on Lucene (SearchRanking): BM25 with the bodies' k1 and no length normalisation; titles BM25's default. */
    @Test
    void bodyFieldsUseTheSimilarityWithoutLengthNormalisation() {
        int bodyFields = 0;
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            String index = entity.indexManager().descriptor().hibernateSearchName();
            JsonObject schema = schemas.get(index);
            JsonObject properties = schema.getAsJsonObject("mappings").getAsJsonObject("properties");
            for (IndexFieldDescriptor field : entity.indexManager().descriptor().staticFields()) {
                if (!field.isValueField() || field.toValueField().type().analyzerName().isEmpty()) {
                    continue;
                }
                Optional<String> similarity = string(property(properties, field.absolutePath()), "similarity");
                if (SearchRanking.isBodyField(field.absolutePath())) {
                    bodyFields++;
                    assertThat(similarity).as(index + " " + field.absolutePath()).contains(SearchRanking.BODY_SIMILARITY);
                    JsonObject defined = schema.getAsJsonObject("settings").getAsJsonObject("similarity")
                            .getAsJsonObject(SearchRanking.BODY_SIMILARITY);
                    assertThat(defined.get("type").getAsString()).isEqualTo("BM25");
                    assertThat(defined.get("k1").getAsFloat()).isEqualTo(SearchRanking.BODY_K1);
                    assertThat(defined.get("b").getAsFloat()).isEqualTo(SearchRanking.BODY_B);
                } else {
                    assertThat(similarity).as(index + " " + field.absolutePath()).isEmpty();
                }
            }
        }
        assertThat(bodyFields).as("body fields of lessons, stories and articles").isGreaterThanOrEqualTo(12);
        // The file replaces Hibernate Search's own definition of these fields, so it must agree with the mapping:
        // the plain highlighter re-analyses the stored text and needs no term vectors.
        JsonObject module = schemas.get("Module").getAsJsonObject("mappings").getAsJsonObject("properties");
        assertThat(string(property(module, "text.body_folded"), "term_vector")).contains("no");
    }

    /**
     * The Elasticsearch form of a Lucene component, written out here on purpose instead of calling
     * ElasticsearchComponents: a change to that translation or to the definitions alone must fail.
     */
    private static Map<String, Object> expected(AnalyzerDefinitions.Component component) {
        Map<String, String> p = component.parameters();
        Map<String, Object> expected = new LinkedHashMap<>();
        switch (component.name()) {
            case "standard", "lowercase" -> expected.put("type", component.name());
            case "icuFolding" -> expected.put("type", "icu_folding");
            case "icuNormalizer2" -> {
                expected.put("type", "icu_normalizer");
                expected.put("name", p.get("name"));
                expected.put("mode", p.get("mode"));
            }
            case "mapping" -> {
                expected.put("type", "mapping");
                expected.put("mappings", mappingFile(p.get("mapping")));
            }
            case "shingle" -> {
                expected.put("type", "shingle");
                expected.put("min_shingle_size", p.get("minShingleSize"));
                expected.put("max_shingle_size", p.get("maxShingleSize"));
                expected.put("output_unigrams", p.get("outputUnigrams"));
            }
            case "edgeNGram" -> {
                expected.put("type", "edge_ngram");
                expected.put("min_gram", p.get("minGramSize"));
                expected.put("max_gram", p.get("maxGramSize"));
            }
            default -> throw new AssertionError("The test does not know the component " + component.name());
        }
        if (expected.size() - 1 != p.size()) {
            throw new AssertionError("The test does not know every parameter of " + component);
        }
        return expected;
    }

    private static List<String> mappingFile(String resource) {
        try (InputStream in = ElasticsearchSchemaExportIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("\""))
                    .map(line -> line.replace("\"", "").replaceAll("\\s*=>\\s*", " => ").strip())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> chain(JsonObject analysis, String kind, JsonArray names) {
        List<Map<String, Object>> chain = new ArrayList<>();
        if (names != null) {
            names.forEach(name -> chain.add(component(analysis, kind, name.getAsString())));
        }
        return chain;
    }

    /** A named component's type and parameters (all as strings), or a built-in one's type. */
    private static Map<String, Object> component(JsonObject analysis, String kind, String name) {
        JsonObject defined = analysis.has(kind) ? analysis.getAsJsonObject(kind) : new JsonObject();
        Map<String, Object> component = new LinkedHashMap<>();
        if (!defined.has(name)) {
            component.put("type", name);
            return component;
        }
        for (Map.Entry<String, JsonElement> parameter : defined.getAsJsonObject(name).entrySet()) {
            JsonElement value = parameter.getValue();
            component.put(parameter.getKey(), value.isJsonArray()
                    ? value.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList()
                    : value.getAsString());
        }
        return component;
    }

    private static JsonObject property(JsonObject properties, String path) {
        JsonObject current = null;
        JsonObject level = properties;
        for (String part : path.split("\\.")) {
            if (level == null || !level.has(part)) {
                return null;
            }
            current = level.getAsJsonObject(part);
            level = current.has("properties") ? current.getAsJsonObject("properties") : null;
        }
        return current;
    }

    private static Optional<String> string(JsonObject object, String key) {
        return object.has(key) ? Optional.of(object.get(key).getAsString()) : Optional.empty();
    }
}
