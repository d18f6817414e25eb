package vn.renluyen.content;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** A Markdown file with YAML front matter between two "---" lines: the keys, the body, and line numbers. */
record FrontMatter(Map<String, Object> keys, String yaml, String body) {

    /** Parses or throws {@link ContentFileException} with the 1-based line of the problem. */
    static FrontMatter parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new ContentFileException(1, "content.problem.noFrontMatter");
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            throw new ContentFileException(1, "content.problem.unclosedFrontMatter");
        }
        String yaml = normalized.substring(4, end + 1);
        int bodyStart = normalized.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded == null) {
                return new FrontMatter(Map.of(), yaml, body);
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new ContentFileException(2, "content.problem.frontMatterNotMap");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> keys = (Map<String, Object>) map;
            return new FrontMatter(keys, yaml, body);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            throw new ContentFileException(line, "content.problem.brokenFrontMatter", firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ContentFileException(1, "content.problem.brokenFrontMatter", firstLine(e.getMessage()));
        }
    }

    /** The line (1-based, counting the opening "---") on which a key is written, for messages. */
    int lineOf(String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 1;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
