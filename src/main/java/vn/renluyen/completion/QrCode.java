package vn.renluyen.completion;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The verification QR code, drawn as vector squares so that it stays sharp at any zoom and in print. */
final class QrCode {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            // M survives about 15 % damage (a fold, a stain) without shrinking the modules much
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            // The quiet zone the QR standard asks for, in modules; scanners need it to find the code
            EncodeHintType.MARGIN, 4);

    private QrCode() {
    }

    static BitMatrix encode(String text) {
        try {
            // Size 0 asks for one bit per module: the matrix is exactly the modules plus the quiet zone
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification address cannot be encoded as a QR code", e);
        }
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
