package vn.renluyen.base;

import java.util.Map;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerOptionalComponentsStep;
import org.springframework.stereotype.Component;

/** Lucene analyzers built from {@link AnalyzerDefinitions}; referenced from application.properties. */
@Component("portalLuceneAnalysisConfigurer")
public class PortalLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.similarity(new PortalSimilarity());
        AnalyzerDefinitions.ALL.forEach((name, definition) -> {
            LuceneAnalyzerOptionalComponentsStep tokenizer = context.analyzer(name).custom()
                    .tokenizer(definition.tokenizer().name());
            for (Map.Entry<String, String> p : definition.tokenizer().parameters().entrySet()) {
                tokenizer = tokenizer.param(p.getKey(), p.getValue());
            }
            LuceneAnalysisOptionalComponentsStep step = tokenizer;
            for (AnalyzerDefinitions.Component filter : definition.charFilters()) {
                step = withParameters(step.charFilter(filter.name()), filter);
            }
            for (AnalyzerDefinitions.Component filter : definition.tokenFilters()) {
                step = withParameters(step.tokenFilter(filter.name()), filter);
            }
        });
    }

    private static LuceneAnalysisOptionalComponentsStep withParameters(LuceneAnalysisComponentParametersStep step,
            AnalyzerDefinitions.Component component) {
        LuceneAnalysisComponentParametersStep current = step;
        for (Map.Entry<String, String> parameter : component.parameters().entrySet()) {
            current = current.param(parameter.getKey(), parameter.getValue());
        }
        return current;
    }
}
