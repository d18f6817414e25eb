package vn.renluyen.publishing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.renluyen.base.MarkdownRenderer;

/** Revisions never change, so their rendering is kept (bounded, least recently used first out). */
@Component
public class RenderedRevisions {

    private static final int KEPT = 500;

    private final MarkdownRenderer markdown;
    private final Map<Long, MarkdownRenderer.Rendered> rendered = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, MarkdownRenderer.Rendered> eldest) {
                    return size() > KEPT;
                }
            });

    RenderedRevisions(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public MarkdownRenderer.Rendered of(Revision revision) {
        return rendered.computeIfAbsent(revision.getId(), id -> markdown.render(revision.getBody()));
    }
}
