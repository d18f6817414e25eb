package vn.renluyen.base;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stored upload as the features see it. Images are delivered in the variants "400", "800" and
 * "1600" (pixels wide at most, never wider than the upload); documents as "original".
 * {@code width}/{@code height} are the upright upload's (null for documents). {@code originalName}
 * is the uploader's file name, NFC, for display and download names only.
 */
public record StoredMedia(long id, MediaKind kind, String contentType, String originalName, long byteSize,
        Integer width, Integer height, String sha256, String ownerType, Long ownerId, Instant createdAt,
        String createdBy) {

    public static final String ORIGINAL = "original";

    public List<String> variants() {
        return kind == MediaKind.IMAGE ? WebSizes.WIDTHS.reversed().stream().map(String::valueOf).toList()
                : List.of(ORIGINAL);
    }

    /** The delivery path, e.g. {@code /media/12/800}; access is checked there against the owner. */
    public String url(String variant) {
        if (!variants().contains(variant)) {
            throw new IllegalArgumentException("No variant " + variant + " for " + kind);
        }
        return "/media/" + id + "/" + variant;
    }

    /** For {@code <img srcset>}: each web size with its real width ("/media/12/400 400w, …"). */
    public String srcset() {
        if (kind != MediaKind.IMAGE) {
            throw new IllegalStateException("Only images have a srcset");
        }
        // A narrow upload has the same width under several names: name each width once.
        Map<Integer, String> byWidth = new LinkedHashMap<>();
        for (int target : WebSizes.WIDTHS.reversed()) {
            byWidth.putIfAbsent(WebSizes.sizeOf(width, height, target)[0], url(Integer.toString(target)));
        }
        return byWidth.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + "w")
                .collect(Collectors.joining(", "));
    }

    /** Width and height of an image variant: what {@code <img width height>} should say. */
    public int[] sizeOf(String variant) {
        if (kind != MediaKind.IMAGE || !WebSizes.isVariant(variant)) {
            throw new IllegalArgumentException("No image variant " + variant);
        }
        return WebSizes.sizeOf(width, height, Integer.parseInt(variant));
    }
}
