package vn.renluyen.members.ui;

import java.util.List;

/**
 * Figures for the secretary's dashboard, contributed by the features that own the data (members,
 * completion, admission) so the dashboard depends on none of them. Implementations are Spring beans;
 * they check the scope again on their own services. Text is in the UI's language.
 */
public interface DashboardFigures {

    /** Lower first. */
    int order();

    List<Figure> figures(long organizationId, int year);

    /** A small bar chart; {@code scale} is the value that fills a bar (the largest value, or a target). */
    record Figure(String title, String note, List<Bar> bars, long scale) {

        public Figure {
            bars = List.copyOf(bars);
        }

        public static Figure of(String title, String note, List<Bar> bars) {
            return new Figure(title, note, bars, bars.stream().mapToLong(Bar::value).max().orElse(0));
        }
    }

    record Bar(String label, long value) {
    }
}
