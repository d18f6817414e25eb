package vn.renluyen.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the upload service accepts (DESIGN.md, "Uploads"): images up to {@code portal.uploads.max-image-size}
 * (5 MB) and {@code portal.uploads.max-image-pixels} wide and high (6,000), PDF documents up to
 * {@code portal.uploads.max-document-size} (10 MB). Public so that upload fields can tell users the limits
 * before they choose a file.
 */
@ConfigurationProperties("portal.uploads")
public record UploadLimits(DataSize maxImageSize, Integer maxImagePixels, DataSize maxDocumentSize) {

    public static final DataSize DEFAULT_MAX_IMAGE_SIZE = DataSize.ofMegabytes(5);
    public static final int DEFAULT_MAX_IMAGE_PIXELS = 6_000;
    public static final DataSize DEFAULT_MAX_DOCUMENT_SIZE = DataSize.ofMegabytes(10);

    public UploadLimits {
        maxImageSize = maxImageSize == null ? DEFAULT_MAX_IMAGE_SIZE : maxImageSize;
        maxImagePixels = maxImagePixels == null ? DEFAULT_MAX_IMAGE_PIXELS : maxImagePixels;
        maxDocumentSize = maxDocumentSize == null ? DEFAULT_MAX_DOCUMENT_SIZE : maxDocumentSize;
        if (maxImageSize.toBytes() <= 0 || maxImagePixels <= 0 || maxDocumentSize.toBytes() <= 0) {
            throw new IllegalArgumentException("portal.uploads.* limits must be positive");
        }
    }

    /** A size as users read it in messages: "5 MB", "500 KB". */
    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " B";
    }

    public static UploadLimits defaults() {
        return new UploadLimits(null, null, null);
    }
}
