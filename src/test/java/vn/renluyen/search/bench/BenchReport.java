package vn.renluyen.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures as Markdown, one table after another, ready for README. */
final class BenchReport {

    private final StringBuilder text = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    BenchReport heading(String line) {
        text.append("\n#### ").append(line).append("\n\n");
        return this;
    }

    BenchReport line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append("\n");
        return this;
    }

    BenchReport table(String... header) {
        text.append("\n");
        row((Object[]) header);
        text.append("|").append("---|".repeat(header.length)).append("\n");
        return this;
    }

    BenchReport row(Object... cells) {
        text.append("|");
        for (Object cell : cells) {
            text.append(" ").append(cell instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : cell).append(" |");
        }
        text.append("\n");
        return this;
    }

    void target(String target, String measured, boolean met) {
        targets.add(new String[] {target, measured, met ? "met" : "**missed**"});
    }

    String markdown() {
        StringBuilder all = new StringBuilder(text);
        if (targets.isEmpty()) {
            return all.toString();
        }
        all.append("\n#### Targets\n\n| target | measured | |\n|---|---|---|\n");
        targets.forEach(t -> all.append("| ").append(String.join(" | ", t)).append(" |\n"));
        return all.toString();
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    static String fixed(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
