package vn.renluyen.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/** What arrives with an upload, read and cleaned before anything is checked or stored. */
final class UploadInput {

    private static final int MAX_NAME = 255;
    /** Path parts some browsers send ("C:\fakepath\…"), control characters, and the bidi controls that make
     *  "anh\u202Egpj.exe" look like "anhexe.jpg". */
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private UploadInput() {
    }

    /**
     * At most {@code limit} + 1 bytes: an upload longer than the limit is known to be too large without
     * reading (or holding) the rest of it.
     */
    static byte[] readAtMost(InputStream data, long limit) {
        try {
            byte[] bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length == 0) {
                throw new MediaProblem("media.error.empty");
            }
            return bytes;
        } catch (IOException e) {
            // The upload broke off (browser closed, network): nothing arrived that could be stored.
            throw new UncheckedIOException(e);
        }
    }

    /** The name as the uploader typed it, NFC, without folders or invisible controls; for display only. */
    static String displayName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Texts.nfc(UNSAFE_IN_NAME.matcher(name).replaceAll(""));
        if (name.isBlank()) {
            return fallback;
        }
        return name.codePointCount(0, name.length()) <= MAX_NAME ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
    }

    static void requireOwnerType(String ownerType) {
        if (ownerType == null || !ownerType.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("owner type must be a short lower-case word: " + ownerType);
        }
    }
}
