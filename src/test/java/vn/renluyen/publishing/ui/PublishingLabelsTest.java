package vn.renluyen.publishing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.RevisionSource;

/** Keys built at run time (states, kinds, revision sources) exist in both languages. */
class PublishingLabelsTest {

    @Test
    void everyStateKindAndSourceHasALabel() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties bundle = load(language);
            for (EditorialState state : EditorialState.values()) {
                assertThat(bundle).as(language).containsKey(state.translationKey());
            }
            for (ItemKind kind : ItemKind.values()) {
                assertThat(bundle).as(language).containsKey(kind.translationKey());
            }
            for (RevisionSource source : RevisionSource.values()) {
                assertThat(bundle).as(language)
                        .containsKey("publishing.source." + source.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PublishingLabelsTest.class.getResourceAsStream(
                "/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
