package vn.renluyen.base;

import java.text.Normalizer;

/** Text as the portal stores it: Unicode NFC, trimmed. */
public final class Texts {

    private Texts() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
