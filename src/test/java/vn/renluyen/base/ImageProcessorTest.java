package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding, limits, metadata stripping and web sizes, without Spring or a database. */
class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor();

    @Test
    void theTypeComesFromTheBytes() {
        assertThat(SniffedType.of(TestImages.png(4, 4, false))).contains(SniffedType.PNG);
        assertThat(SniffedType.of(TestImages.jpeg(4, 4))).contains(SniffedType.JPEG);
        assertThat(SniffedType.of(TestImages.webp(4, 4, 0xFF00FF00))).contains(SniffedType.WEBP);
        assertThat(SniffedType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(SniffedType.PDF);
        assertThat(SniffedType.of("RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(SniffedType.of("<svg xmlns=".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(SniffedType.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void opaqueImagesBecomeJpegAndSeeThroughOnesPng() {
        assertThat(processor.process(TestImages.png(300, 200, false), SniffedType.PNG, 6000).contentType())
                .isEqualTo("image/jpeg");
        ImageProcessor.Processed transparent = processor.process(TestImages.png(300, 200, true), SniffedType.PNG, 6000);
        assertThat(transparent.contentType()).isEqualTo("image/png");
        BufferedImage decoded = TestImages.decode(transparent.variants().get("400"));
        assertThat(decoded.getRGB(10, 190) >>> 24).isZero();
        assertThat(decoded.getRGB(10, 10)).isEqualTo(0xFFFF0000);
    }

    @Test
    void webSizesAreNeverWiderThanTheUpload() {
        ImageProcessor.Processed wide = processor.process(TestImages.jpeg(2000, 1000), SniffedType.JPEG, 6000);
        assertThat(wide.variants()).containsOnlyKeys("400", "800", "1600");
        assertThat(size(wide.variants().get("400"))).containsExactly(400, 200);
        assertThat(size(wide.variants().get("800"))).containsExactly(800, 400);
        assertThat(size(wide.variants().get("1600"))).containsExactly(1600, 800);

        ImageProcessor.Processed narrow = processor.process(TestImages.jpeg(500, 300), SniffedType.JPEG, 6000);
        assertThat(size(narrow.variants().get("400"))).containsExactly(400, 240);
        assertThat(size(narrow.variants().get("800"))).containsExactly(500, 300);
        assertThat(size(narrow.variants().get("1600"))).containsExactly(500, 300);
        assertThat(narrow.width()).isEqualTo(500);
        assertThat(narrow.height()).isEqualTo(300);
    }

    @Test
    void exifWithGpsIsGoneAndTheOrientationApplied() {
        byte[] photo = TestImages.withApp1(TestImages.jpeg(300, 100), TestImages.exifWithGps(6));
        assertThat(TestImages.contains(photo, TestImages.GPS_LATITUDE)).isTrue();
        assertThat(ExifOrientation.ofJpeg(photo).value()).isEqualTo(6);

        ImageProcessor.Processed stored = processor.process(photo, SniffedType.JPEG, 6000);

        assertThat(stored.width()).isEqualTo(100);
        assertThat(stored.height()).isEqualTo(300);
        for (byte[] variant : stored.variants().values()) {
            assertThat(TestImages.contains(variant, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(TestImages.contains(variant, TestImages.GPS_LATITUDE)).isFalse();
            assertThat(TestImages.contains(variant, new byte[] {(byte) 0xFF, (byte) 0xE1})).isFalse();
            assertThat(size(variant)).containsExactly(100, 300);
        }
        // Turned a quarter clockwise: the left (red) half of the stored picture is now on top.
        BufferedImage upright = TestImages.decode(stored.variants().get("400"));
        assertThat(red(upright.getRGB(50, 20))).isGreaterThan(200);
        assertThat(red(upright.getRGB(50, 280))).isLessThan(60);
    }

    @Test
    void aHeaderClaimingTooManyPixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.pngClaiming(7000, 7000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> processor.process(bomb, SniffedType.PNG, 6000))
                .isInstanceOfSatisfying(MediaProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("media.error.tooManyPixels");
                    assertThat(p.arguments()).containsExactly(6000, 6000);
                });
        assertThatThrownBy(() -> processor.process(TestImages.pngClaiming(100, 6001), SniffedType.PNG, 6000))
                .hasMessage("media.error.tooManyPixels");
    }

    @Test
    void damagedImagesGetTheirOwnMessage() {
        byte[] png = TestImages.png(200, 200, false);
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> processor.process(cut, SniffedType.PNG, 6000)).hasMessage("media.error.damagedImage");
        byte[] jpegStartOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertThatThrownBy(() -> processor.process(jpegStartOnly, SniffedType.JPEG, 6000))
                .hasMessage("media.error.damagedImage");
    }

    @Test
    void webpIsRead() {
        ImageProcessor.Processed green = processor.process(TestImages.webp(900, 30, 0xFF00C000), SniffedType.WEBP, 6000);
        assertThat(green.contentType()).isEqualTo("image/jpeg");
        BufferedImage decoded = TestImages.decode(green.variants().get("800"));
        assertThat(decoded.getWidth()).isEqualTo(800);
        assertThat((decoded.getRGB(400, 10) >> 8) & 0xFF).isGreaterThan(170);

        ImageProcessor.Processed clear = processor.process(TestImages.webp(20, 20, 0x00000000), SniffedType.WEBP, 6000);
        assertThat(clear.contentType()).isEqualTo("image/png");
    }

    private static int[] size(byte[] image) {
        BufferedImage decoded = TestImages.decode(image);
        return new int[] {decoded.getWidth(), decoded.getHeight()};
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }
}
