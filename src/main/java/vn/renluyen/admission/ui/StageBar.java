package vn.renluyen.admission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.renluyen.admission.Stage;

/** The stages of a file as a row of segments: done, the next one, still to come; the names are for screen readers. */
final class StageBar {

    private StageBar() {
    }

    /** {@code reached} is the last recorded stage, null when none is. */
    static Div of(Stage reached) {
        Div bar = new Div();
        bar.addClassName("admission-stage-bar");
        int done = reached == null ? 0 : reached.ordinal() + 1;
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", bar.getTranslation("admission.stageBar.label", done,
                Stage.values().length));
        for (Stage stage : Stage.values()) {
            Span segment = new Span();
            segment.addClassName("admission-stage-segment");
            segment.addClassName(stage.ordinal() < done ? "done" : stage.ordinal() == done ? "next" : "todo");
            segment.getElement().setAttribute("title", bar.getTranslation(stage.translationKey()));
            bar.add(segment);
        }
        return bar;
    }
}
