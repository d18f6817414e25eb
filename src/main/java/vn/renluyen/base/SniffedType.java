package vn.renluyen.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats the upload service accepts, recognised by their first bytes only: a file's name and
 * the browser's content type are chosen by the uploader and prove nothing.
 */
enum SniffedType {
    JPEG("image/jpeg", "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    WEBP("image/webp", "webp", null),
    PDF("application/pdf", null, new byte[] {'%', 'P', 'D', 'F', '-'});

    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_TAG = {'W', 'E', 'B', 'P'};

    private final String contentType;
    private final String imageIoFormat;
    private final byte[] magic;

    SniffedType(String contentType, String imageIoFormat, byte[] magic) {
        this.contentType = contentType;
        this.imageIoFormat = imageIoFormat;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    /** The ImageIO format name whose reader decodes this type; null for documents. */
    String imageIoFormat() {
        return imageIoFormat;
    }

    boolean isImage() {
        return imageIoFormat != null;
    }

    static Optional<SniffedType> of(byte[] data) {
        // WebP is "RIFF", four bytes of length, then "WEBP".
        if (startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP_TAG)) {
            return Optional.of(WEBP);
        }
        return Arrays.stream(values()).filter(t -> t.magic != null && startsWith(data, 0, t.magic)).findFirst();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
