package vn.renluyen.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentTypeStep;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch (and OpenSearch) analyzers built from {@link AnalyzerDefinitions}, the same data as
 * {@link PortalLuceneAnalysisConfigurer}; used by the {@code cluster} profile. A component with
 * parameters becomes a named component of its own ({@code portal_<type>}); one without is referred
 * to by its built-in type name.
 */
@Component("portalElasticsearchAnalysisConfigurer")
public class PortalElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Names charFilters = new Names(context::charFilter);
        Names tokenizers = new Names(context::tokenizer);
        Names tokenFilters = new Names(context::tokenFilter);
        AnalyzerDefinitions.ALL.forEach((name, definition) -> context.analyzer(name).custom()
                .tokenizer(tokenizers.of(definition.tokenizer()))
                .charFilters(charFilters.of(definition.charFilters()))
                .tokenFilters(tokenFilters.of(definition.tokenFilters())));
    }

    /** Names of one kind of component, each parameterised component defined once. */
    private static final class Names {

        private final java.util.function.Function<String, ElasticsearchAnalysisComponentTypeStep> define;
        private final Map<ElasticsearchComponents.Translated, String> defined = new HashMap<>();
        private final Map<String, Integer> used = new HashMap<>();

        Names(java.util.function.Function<String, ElasticsearchAnalysisComponentTypeStep> define) {
            this.define = define;
        }

        String[] of(List<AnalyzerDefinitions.Component> components) {
            return components.stream().map(this::of).toArray(String[]::new);
        }

        String of(AnalyzerDefinitions.Component component) {
            ElasticsearchComponents.Translated translated = ElasticsearchComponents.translate(component);
            if (translated.parameters().isEmpty()) {
                return translated.type();
            }
            return defined.computeIfAbsent(translated, this::define);
        }

        private String define(ElasticsearchComponents.Translated translated) {
            int n = used.merge(translated.type(), 1, Integer::sum);
            String name = "portal_" + translated.type() + (n == 1 ? "" : "_" + n);
            ElasticsearchAnalysisComponentParametersStep step = define.apply(name).type(translated.type());
            for (Map.Entry<String, Object> parameter : translated.parameters().entrySet()) {
                switch (parameter.getValue()) {
                    case List<?> values -> step = step.param(parameter.getKey(),
                            values.stream().map(Object::toString).toArray(String[]::new));
                    case Boolean value -> step = step.param(parameter.getKey(), value);
                    case Number value -> step = step.param(parameter.getKey(), value);
                    default -> step = step.param(parameter.getKey(), parameter.getValue().toString());
                }
            }
            return name;
        }
    }
}
