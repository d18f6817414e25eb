package vn.renluyen.base;

import java.text.Normalizer;

/** Text as the portal stores it: Unicode NFC, trimmed. */
public final class Texts {

    private Texts() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Vietnamese to plain Latin letters: đ has no decomposition, so it is replaced before the marks are dropped. */
    public static String withoutMarks(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
