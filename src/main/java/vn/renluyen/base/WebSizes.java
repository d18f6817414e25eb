package vn.renluyen.base;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The web sizes every image is delivered in: 400, 800 and 1600 pixels wide, never wider than the upload
 * (a narrow upload gives the same picture under several names, so links need not know its width).
 * Each is encoded afresh with no metadata at all: this is what removes EXIF (GPS), XMP, comments and
 * ICC profiles. JPEG for opaque pictures, PNG where some pixel is see-through.
 */
final class WebSizes {

    /** Widest first: each smaller size is scaled from the one before, which is cheaper and as sharp. */
    static final List<Integer> WIDTHS = List.of(1600, 800, 400);
    static final float JPEG_QUALITY = 0.85f;

    private WebSizes() {
    }

    record Encoded(String contentType, Map<String, byte[]> variants) {
    }

    static Encoded encode(ImageDecoder.Decoded decoded) {
        Map<String, byte[]> variants = new LinkedHashMap<>();
        BufferedImage previous = decoded.image();
        byte[] previousBytes = null;
        for (int target : WIDTHS) {
            BufferedImage scaled = scaled(previous, target);
            if (scaled != previous || previousBytes == null) {
                previousBytes = decoded.transparent() ? png(scaled) : jpeg(scaled);
            }
            variants.put(Integer.toString(target), previousBytes);
            previous = scaled;
        }
        return new Encoded(decoded.transparent() ? "image/png" : "image/jpeg", variants);
    }

    /** Width and height of the variant {@code target} of a width × height image. */
    static int[] sizeOf(int width, int height, int target) {
        if (width <= target) {
            return new int[] {width, height};
        }
        return new int[] {target, Math.max(1, Math.round((float) height * target / width))};
    }

    static boolean isVariant(String name) {
        return WIDTHS.stream().anyMatch(w -> Integer.toString(w).equals(name));
    }

    private static BufferedImage scaled(BufferedImage image, int target) {
        int[] size = sizeOf(image.getWidth(), image.getHeight(), target);
        if (size[0] == image.getWidth()) {
            return image;
        }
        return new ResampleOp(size[0], size[1], ResampleOp.FILTER_LANCZOS).filter(image, null);
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return write(writer, as(image, BufferedImage.TYPE_INT_RGB), param);
    }

    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, as(image, BufferedImage.TYPE_INT_ARGB), writer.getDefaultWriteParam());
    }

    /** Null metadata: the writers then add only what their format needs (JFIF header, PNG IHDR). */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage as(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
