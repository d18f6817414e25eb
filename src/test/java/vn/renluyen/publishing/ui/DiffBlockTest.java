package vn.renluyen.publishing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.renluyen.publishing.DiffLine;
import vn.renluyen.publishing.DiffLine.Kind;

/** Long unchanged stretches fold to a little context around each change; short ones stay. */
class DiffBlockTest {

    @Test
    void longUnchangedStretchesFoldAroundTheChanges() {
        List<DiffLine> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(new DiffLine(Kind.SAME, "a" + i));
        }
        lines.add(new DiffLine(Kind.REMOVED, "old"));
        lines.add(new DiffLine(Kind.ADDED, "new"));
        for (int i = 1; i <= 10; i++) {
            lines.add(new DiffLine(Kind.SAME, "b" + i));
        }

        assertThat(texts(DiffBlock.of(lines, hidden -> "… " + hidden + " …"))).containsExactly(
                "… 7 …", "  a8", "  a9", "  a10", "- old", "+ new", "  b1", "  b2", "  b3", "… 7 …");
    }

    @Test
    void contextSurroundsAChangeInTheMiddleAndShortStretchesStay() {
        List<DiffLine> lines = new ArrayList<>();
        lines.add(new DiffLine(Kind.ADDED, "first"));
        for (int i = 1; i <= 10; i++) {
            lines.add(new DiffLine(Kind.SAME, "s" + i));
        }
        lines.add(new DiffLine(Kind.REMOVED, "last"));
        lines.add(new DiffLine(Kind.SAME, "t1"));
        lines.add(new DiffLine(Kind.SAME, "t2"));

        assertThat(texts(DiffBlock.of(lines, hidden -> "… " + hidden + " …"))).containsExactly(
                "+ first", "  s1", "  s2", "  s3", "… 4 …", "  s8", "  s9", "  s10", "- last", "  t1", "  t2");
    }

    private static List<String> texts(Div block) {
        return block.getChildren().map(Component::getElement).map(e -> e.getText()).toList();
    }
}
