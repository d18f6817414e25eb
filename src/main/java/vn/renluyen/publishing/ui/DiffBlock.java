package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.IntFunction;
import vn.renluyen.publishing.DiffLine;

/**
 * A comparison as lines: added green with "+", removed red with "−", unchanged grey. Long unchanged
 * stretches fold to a few lines of context, so a one-word fix in a long lesson stays easy to find.
 */
final class DiffBlock {

    /** Unchanged lines kept on each side of a change. */
    static final int CONTEXT = 3;

    private DiffBlock() {
    }

    static Div of(List<DiffLine> lines, IntFunction<String> foldedLabel) {
        Div block = new Div();
        block.addClassName("diff");
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != DiffLine.Kind.SAME) {
                block.add(line(lines.get(i++)));
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).kind() == DiffLine.Kind.SAME) {
                end++;
            }
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = end == lines.size() ? 0 : CONTEXT;
            if (end - i > keepBefore + keepAfter + 1) {
                lines.subList(i, i + keepBefore).forEach(l -> block.add(line(l)));
                Div folded = new Div(foldedLabel.apply(end - i - keepBefore - keepAfter));
                folded.addClassNames("diff-line", "diff-folded");
                block.add(folded);
                lines.subList(end - keepAfter, end).forEach(l -> block.add(line(l)));
            } else {
                lines.subList(i, end).forEach(l -> block.add(line(l)));
            }
            i = end;
        }
        return block;
    }

    private static Div line(DiffLine line) {
        String marker = switch (line.kind()) {
            case ADDED -> "+ ";
            case REMOVED -> "- ";
            case SAME -> "  ";
        };
        Div div = new Div(marker + line.text());
        div.addClassNames("diff-line", switch (line.kind()) {
            case ADDED -> "diff-added";
            case REMOVED -> "diff-removed";
            case SAME -> "diff-same";
        });
        return div;
    }
}
