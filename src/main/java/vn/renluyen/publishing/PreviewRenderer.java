package vn.renluyen.publishing;

import java.util.Optional;

/**
 * A preview for kinds whose text is not Markdown (a quiz bank is YAML), supplied by the feature that
 * owns the kind. The HTML returned must already be safe to insert.
 */
public interface PreviewRenderer {

    /** Safe HTML showing the text as its readers will meet it, or empty if the kind is not this feature's. */
    Optional<String> previewHtml(ItemKind kind, String body);
}
