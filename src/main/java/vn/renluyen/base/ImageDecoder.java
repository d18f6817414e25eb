package vn.renluyen.base;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns uploaded bytes into upright pixels, refusing what it should not decode. The size is read from
 * the header first, so a small file that claims 50,000 × 50,000 pixels (a decompression bomb) is refused
 * before any pixel memory is taken. Only the reader of the sniffed format is used, never ImageIO's guess.
 */
final class ImageDecoder {

    private ImageDecoder() {
    }

    /** Upright pixels in an int RGB or premultiplied ARGB raster, and whether any pixel is see-through. */
    record Decoded(BufferedImage image, boolean transparent) {
    }

    static Decoded decode(byte[] data, SniffedType type, int maxSide) {
        ImageReader reader = readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new MediaProblem("media.error.damagedImage");
            }
            if (width > maxSide || height > maxSide) {
                throw new MediaProblem("media.error.tooManyPixels", maxSide, maxSide);
            }
            BufferedImage stored = reader.read(0);
            ExifOrientation orientation = type == SniffedType.JPEG ? ExifOrientation.ofJpeg(data)
                    : ExifOrientation.NORMAL;
            return upright(stored, orientation);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaProblem problem) {
                throw problem;
            }
            // Decoders report broken files with all sorts of runtime exceptions, not only IIOException.
            throw new MediaProblem("media.error.damagedImage", e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(SniffedType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageIoFormat());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type + ": is TwelveMonkeys on the class path?");
        }
        return readers.next();
    }

    /**
     * Draws the decoded image, turned upright, into one of two plain raster types: this drops odd colour
     * models (16-bit, grey, palette) and is the copy every web size is scaled from.
     */
    private static Decoded upright(BufferedImage stored, ExifOrientation orientation) {
        boolean alpha = stored.getColorModel().hasAlpha();
        int width = orientation.swapsSides() ? stored.getHeight() : stored.getWidth();
        int height = orientation.swapsSides() ? stored.getWidth() : stored.getHeight();
        BufferedImage upright = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(stored, orientation.transform(stored.getWidth(), stored.getHeight()), null);
        } finally {
            g.dispose();
        }
        return new Decoded(upright, alpha && anyTransparent(upright));
    }

    /** Many PNGs carry an alpha channel that is opaque everywhere: those are delivered as JPEG. */
    private static boolean anyTransparent(BufferedImage argb) {
        for (int pixel : ((DataBufferInt) argb.getRaster().getDataBuffer()).getData()) {
            if (pixel >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }
}
