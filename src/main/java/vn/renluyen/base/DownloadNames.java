package vn.renluyen.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} with the uploader's file name: a plain ASCII {@code filename} for old clients
 * ("Bao cao dang vien.pdf" → "Bao_cao_dang_vien.pdf") and the exact UTF-8 name as RFC 5987
 * {@code filename*}, which browsers prefer. The extension always matches what is delivered.
 */
final class DownloadNames {

    private DownloadNames() {
    }

    static String contentDisposition(StoredMedia media) {
        String type = media.kind() == MediaKind.DOCUMENT ? "attachment" : "inline";
        String name = withExtension(media.originalName(), extensionOf(media.contentType()));
        return header(type, ascii(name), name);
    }

    /** Both names, because old clients only read {@code filename} and browsers prefer {@code filename*}. */
    static String header(String type, String asciiName, String utf8Name) {
        return type + "; filename=\"" + asciiName + "\"; filename*=UTF-8''" + rfc5987(utf8Name);
    }

    static String ascii(String name) {
        int dot = name.lastIndexOf('.');
        String stem = fold(dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9-]+", "_")
                .replaceAll("^_+|_+$", "");
        String extension = dot > 0 ? fold(name.substring(dot + 1)).replaceAll("[^A-Za-z0-9]+", "") : "";
        return (stem.isEmpty() ? "tep" : stem) + (extension.isEmpty() ? "" : "." + extension);
    }

    /** Vietnamese to plain Latin letters: đ has no decomposition, so it is replaced before the marks are dropped. */
    static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    /** Percent-encoding of everything but RFC 5987's attr-chars. */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "." + extension;
    }

    private static String extensionOf(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "application/pdf" -> "pdf";
            default -> "bin";
        };
    }
}
