package vn.renluyen.completion;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text wrapped to a width, in one font and size, with the space it keeps above itself. */
record TextBlock(List<String> lines, PDFont font, float size, float spaceBefore) {

    private static final float LEADING = 1.3f;
    private static final float DESCENT = 0.25f; // room under the baseline, in font sizes, for g, y and the dot of ạ

    static TextBlock layOut(String text, PDFont font, float size, float spaceBefore, float width) throws IOException {
        List<String> lines = TextLines.wrap(TextLines.printable(text, font), font, size, width);
        return new TextBlock(lines, font, size, spaceBefore);
    }

    float height() {
        return spaceBefore + lines.size() * size * LEADING;
    }

    /** Draws the lines below {@code top}, flush left, and returns where the next block starts. */
    float drawLeft(PDPageContentStream content, float left, float top) throws IOException {
        return draw(content, left, top, 0, false);
    }

    /** Draws the lines below {@code top}, each centred in the width, and returns where the next block starts. */
    float drawCentred(PDPageContentStream content, float left, float top, float width) throws IOException {
        return draw(content, left, top, width, true);
    }

    private float draw(PDPageContentStream content, float left, float top, float width, boolean centred)
            throws IOException {
        float lineHeight = size * LEADING;
        float baseline = top - spaceBefore - lineHeight + DESCENT * size;
        for (String line : lines) {
            float indent = centred ? (width - TextLines.width(line, font, size)) / 2 : 0;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(left + indent, baseline);
            content.showText(line);
            content.endText();
            baseline -= lineHeight;
        }
        return top - height();
    }
}
