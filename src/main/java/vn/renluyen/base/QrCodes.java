package vn.renluyen.base;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** QR codes as module matrices (for PDFs) and as SVG images (for pages). */
public final class QrCodes {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            // M survives about 15 % damage (a fold, a stain) without shrinking the modules much
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            // The quiet zone the QR standard asks for, in modules; scanners need it to find the code
            EncodeHintType.MARGIN, 4);

    private QrCodes() {
    }

    public static BitMatrix encode(String text) {
        try {
            // Size 0 asks for one bit per module: the matrix is exactly the modules plus the quiet zone
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text cannot be encoded as a QR code", e);
        }
    }

    /** A data: address of the code as SVG (allowed by the portal's CSP), one unit per module. */
    public static String svgDataUrl(String text) {
        BitMatrix matrix = encode(text);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(matrix.getWidth()).append(' ').append(matrix.getHeight())
                .append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                if (column > start) {
                    svg.append('M').append(start).append(' ').append(row).append('h').append(column - start).append("v1h-")
                            .append(column - start).append('z');
                }
                column++;
            }
        }
        svg.append("\"/></svg>");
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }
}
