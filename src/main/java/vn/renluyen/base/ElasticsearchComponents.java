package vn.renluyen.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the Lucene analysis components of {@link AnalyzerDefinitions} (factory SPI names and
 * parameters) to their Elasticsearch counterparts (core and ICU analysis plugin types, snake_case
 * parameters). An unknown component or parameter is an error rather than a silent omission: an
 * analyzer that differs between the two backends would rank and match differently.
 */
public final class ElasticsearchComponents {

    /** An Elasticsearch analysis component: its type and typed parameters (String, Number, Boolean or a list of strings). */
    public record Translated(String type, Map<String, Object> parameters) {
    }

    private record Rule(String type, Map<String, String> parameterNames) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            "standard", new Rule("standard", Map.of()),
            "lowercase", new Rule("lowercase", Map.of()),
            "icuNormalizer2", new Rule("icu_normalizer", Map.of("name", "name", "mode", "mode")),
            "icuFolding", new Rule("icu_folding", Map.of()),
            "mapping", new Rule("mapping", Map.of("mapping", "mappings")),
            "shingle", new Rule("shingle", Map.of("minShingleSize", "min_shingle_size",
                    "maxShingleSize", "max_shingle_size", "outputUnigrams", "output_unigrams")),
            "edgeNGram", new Rule("edge_ngram", Map.of("minGramSize", "min_gram", "maxGramSize", "max_gram")));

    /** {@code "òa" => "oà"}, the line format of Lucene's mapping char filter files. */
    private static final Pattern MAPPING_LINE = Pattern.compile("^\"(.*)\"\\s*=>\\s*\"(.*)\"$");

    private ElasticsearchComponents() {
    }

    public static Translated translate(AnalyzerDefinitions.Component component) {
        Rule rule = RULES.get(component.name());
        if (rule == null) {
            throw new IllegalArgumentException("No Elasticsearch counterpart for the analysis component '"
                    + component.name() + "': add one to ElasticsearchComponents");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        component.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(parameter -> {
            String name = rule.parameterNames().get(parameter.getKey());
            if (name == null) {
                throw new IllegalArgumentException("No Elasticsearch counterpart for the parameter '"
                        + parameter.getKey() + "' of '" + component.name() + "'");
            }
            parameters.put(name, "mapping".equals(component.name())
                    ? mappingRules(parameter.getValue())
                    : typed(parameter.getValue()));
        });
        return new Translated(rule.type(), parameters);
    }

    /**
     * The rules of a Lucene mapping file as Elasticsearch's inline {@code mappings} ({@code òa => oà}),
     * so that no file has to be installed on the cluster's nodes.
     */
    static List<String> mappingRules(String resource) {
        try (InputStream in = ElasticsearchComponents.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Mapping file not found on the classpath: " + resource);
            }
            List<String> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                Matcher rule = MAPPING_LINE.matcher(trimmed);
                if (!rule.matches() || rule.group(1).contains("\\") || rule.group(2).contains("\\")) {
                    throw new IllegalArgumentException("Unsupported line in " + resource + ": " + trimmed);
                }
                rules.add(rule.group(1) + " => " + rule.group(2));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object typed(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        if (value.matches("-?\\d+")) {
            return Integer.valueOf(value);
        }
        return value;
    }
}
