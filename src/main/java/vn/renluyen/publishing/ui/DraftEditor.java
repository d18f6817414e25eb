package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.renluyen.base.MarkdownRenderer;
import java.util.List;
import java.util.Optional;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.ItemKind;
import vn.renluyen.publishing.PreviewRenderer;

/**
 * Title, summary and the Markdown body beside a live preview. The preview is rendered on the server by
 * the same renderer (and allow-list) as the public pages, so authors see what readers will see.
 */
class DraftEditor extends Div {

    /** Column sizes of the revision table (V2026_11_28_0500__publishing.sql); longer input fails there. */
    private static final int TITLE_MAX = 500;
    private static final int SUMMARY_MAX = 2000;

    private final MarkdownRenderer renderer;
    private final List<PreviewRenderer> previews;
    private ItemKind kind = ItemKind.MODULE;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Span stats = new Span();
    private Draft saved = new Draft("", "", "");

    DraftEditor(MarkdownRenderer renderer, List<PreviewRenderer> previews) {
        this.renderer = renderer;
        this.previews = previews;
        addClassName("draft-editor");
        title.setLabel(getTranslation("publishing.editor.title"));
        title.setRequired(true);
        title.setMaxLength(TITLE_MAX);
        title.setWidthFull();
        summary.setLabel(getTranslation("publishing.editor.summary"));
        summary.setMaxLength(SUMMARY_MAX);
        summary.setWidthFull();
        body.setLabel(getTranslation("publishing.editor.body"));
        body.setHelperText(getTranslation("publishing.editor.bodyHelp"));
        body.addClassName("markdown-source");
        // Render after a short pause in typing, not on every key: one round trip per pause.
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(400);
        body.addValueChangeListener(e -> renderPreview());

        Span previewLabel = new Span(getTranslation("publishing.editor.preview"));
        previewLabel.addClassName("preview-label");
        preview.addClassName("markdown-preview");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("publishing.editor.preview"));
        stats.addClassName("preview-stats");
        Div source = new Div(body);
        source.addClassName("editor-source");
        Div previewPane = new Div(previewLabel, preview, stats);
        previewPane.addClassName("editor-preview");
        Div split = new Div(source, previewPane);
        split.addClassName("editor-split");
        add(title, summary, split);
    }

    /** The kind decides how the body is previewed (Markdown unless a feature renders it). */
    void setKind(ItemKind kind) {
        this.kind = kind;
    }

    /** Shows a saved revision's text; it is the baseline for "unsaved changes". */
    void show(Draft draft) {
        saved = draft;
        title.setValue(draft.title());
        summary.setValue(draft.summary());
        body.setValue(draft.body());
        renderPreview();
    }

    /** The typed text was saved as it is (after normalization): no unsaved changes, the fields stay as typed. */
    void markSaved(Draft draft) {
        saved = draft;
    }

    /** What the author typed, normalized as the service stores it (NFC, trimmed). */
    Draft current() {
        return new Draft(title.getValue(), summary.getValue(), body.getValue());
    }

    boolean hasUnsavedChanges() {
        return !current().equals(saved);
    }

    private void renderPreview() {
        Optional<String> special = previews.stream().map(p -> p.previewHtml(kind, body.getValue()))
                .flatMap(Optional::stream).findFirst();
        if (special.isPresent()) {
            preview.getElement().setProperty("innerHTML", special.get());
            stats.setText("");
            return;
        }
        MarkdownRenderer.Rendered rendered = renderer.render(body.getValue());
        // Already sanitized by the renderer's allow-list; Html would need a single root element.
        preview.getElement().setProperty("innerHTML", rendered.html());
        stats.setText(getTranslation("publishing.editor.stats", String.valueOf(rendered.words()),
                String.valueOf(rendered.readingMinutes())));
    }
}
