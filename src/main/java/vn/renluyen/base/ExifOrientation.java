package vn.renluyen.base;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The EXIF orientation of a JPEG (1–8, as cameras and phones record how they were held). Re-encoding drops
 * the EXIF block, so the turn it asks for must be applied to the pixels first, or portrait photos from
 * phones end up lying on their side. Unreadable EXIF counts as "as stored" (1): it is about to be dropped.
 */
record ExifOrientation(int value) {

    static final ExifOrientation NORMAL = new ExifOrientation(1);

    static ExifOrientation ofJpeg(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return NORMAL;
            }
            InputStream data = exif.getFirst().data();
            // The identifier is "Exif" followed by two NULs; the segment data starts after the first.
            if (data.read() != 0) {
                return NORMAL;
            }
            Directory tiff = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry entry = tiff.getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
            return value >= 1 && value <= 8 ? new ExifOrientation(value) : NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }

    /** Orientations 5–8 turn the picture by a quarter: width and height swap. */
    boolean swapsSides() {
        return value >= 5;
    }

    /** Maps the stored pixels of a width × height picture onto the upright one. */
    AffineTransform transform(int width, int height) {
        return switch (value) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> new AffineTransform();
        };
    }
}
