package vn.renluyen.completion;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The verification QR code, drawn as vector squares so that it stays sharp at any zoom and in print. */
final class QrCode {

    private QrCode() {
    }

    /** Fills the dark modules into the square whose lower left corner is (x, y), in the current colour. */
    static void draw(PDPageContentStream content, BitMatrix matrix, float x, float y, float side) throws IOException {
        float module = side / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            float bottom = y + side - (row + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // One rectangle per run of dark modules: no hairline seams between neighbours when rasterized
                if (column > start) {
                    content.addRect(x + start * module, bottom, (column - start) * module, module);
                }
                column++;
            }
        }
        content.fill();
    }
}
