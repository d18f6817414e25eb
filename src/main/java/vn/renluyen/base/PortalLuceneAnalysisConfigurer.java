package vn.renluyen.base;

import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/** Lucene analyzers, referenced from application.properties as a Spring bean. */
@Component("portalLuceneAnalysisConfigurer")
public class PortalLuceneAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(AnalyzerNames.NAME_FOLDED).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(ICUNormalizer2CharFilterFactory.class)
                .param("name", "nfc")
                .param("mode", "compose")
                .tokenFilter(ICUFoldingFilterFactory.class);
    }
}
