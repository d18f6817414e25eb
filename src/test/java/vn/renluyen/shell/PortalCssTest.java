package vn.renluyen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Sections of portal.css are written in parallel and merged; one lost brace silently drops every rule after
 * it (it happened). Comments are removed first, then every block must close.
 */
class PortalCssTest {

    @Test
    void everyBlockOfThePortalStylesheetCloses() throws Exception {
        String css = Files.readString(Path.of("frontend/styles/portal.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a closing brace without its block near line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
