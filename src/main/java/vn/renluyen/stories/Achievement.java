package vn.renluyen.stories;

import java.util.Arrays;
import java.util.List;
import vn.renluyen.base.Texts;

/** One line of a profile's achievements: a year and what was achieved. */
public record Achievement(int year, String text) {

    public Achievement {
        text = Texts.nfc(text).replaceAll("\\s+", " ");
    }

    /** Stored one a line as "year<TAB>text"; the text has no line breaks or tabs (see the constructor). */
    static String store(List<Achievement> achievements) {
        return String.join("\n", achievements.stream().map(a -> a.year() + "\t" + a.text()).toList());
    }

    static List<Achievement> read(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.split("\n"))
                .map(line -> line.split("\t", 2))
                .map(parts -> new Achievement(Integer.parseInt(parts[0]), parts[1])).toList();
    }
}
