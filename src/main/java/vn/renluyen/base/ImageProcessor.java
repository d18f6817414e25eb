package vn.renluyen.base;

import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Checks, decodes and re-encodes uploaded images. A 6,000 × 6,000 picture takes about 150 MB while it is
 * scaled, so only a few are worked on at once; the others wait their turn.
 */
@Component
class ImageProcessor {

    static final int PARALLEL_DECODES = 2;

    private final Semaphore decoding = new Semaphore(PARALLEL_DECODES, true);

    ImageProcessor() {
        // In the packaged jar the plugins (WebP, better JPEG) sit in nested jars that ImageIO's start-up
        // scan cannot see; scanning again with the application's class loader registers them.
        ImageIO.scanForPlugins();
        // Everything is in memory already; ImageIO's default would spill streams to java.io.tmpdir.
        ImageIO.setUseCache(false);
    }

    /** Width and height are the upright picture's, as uploaded (before any scaling). */
    record Processed(int width, int height, String contentType, Map<String, byte[]> variants) {
    }

    Processed process(byte[] data, SniffedType type, int maxSide) {
        decoding.acquireUninterruptibly();
        try {
            ImageDecoder.Decoded decoded = ImageDecoder.decode(data, type, maxSide);
            WebSizes.Encoded encoded = WebSizes.encode(decoded);
            return new Processed(decoded.image().getWidth(), decoded.image().getHeight(), encoded.contentType(),
                    encoded.variants());
        } finally {
            decoding.release();
        }
    }
}
