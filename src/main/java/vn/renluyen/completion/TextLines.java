package vn.renluyen.completion;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Prepares text for a PDF content stream, which draws single lines and knows nothing of line breaking. */
final class TextLines {

    private TextLines() {
    }

    /**
     * NFC, because input may arrive decomposed (macOS, some keyboards) and a base letter followed by combining
     * marks is drawn as stacked separate glyphs and extracted as different text; and a single line, because a
     * content stream cannot show line breaks or other control characters.
     */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    /** Like {@link #normalize}, with characters the font cannot draw (an emoji in a name) shown as "?". */
    static String printable(String text, PDFont font) throws IOException {
        var printable = new StringBuilder();
        for (int codePoint : normalize(text).codePoints().toArray()) {
            printable.append(hasGlyph(font, codePoint) ? Character.toString(codePoint) : "?");
        }
        return printable.toString();
    }

    /** Greedy wrapping at spaces; a single word wider than the line (a long address) is cut where it must be. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (width(line, font, size) > maxWidth) {
                int cut = longestFittingPrefix(line, font, size, maxWidth);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static int longestFittingPrefix(String text, PDFont font, float size, float maxWidth) throws IOException {
        int end = text.offsetByCodePoints(0, 1); // at least one character, or the caller would never finish
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), font, size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean hasGlyph(PDFont font, int codePoint) throws IOException {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        }
    }
}
