package vn.renluyen.base;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII identifiers from Vietnamese text: "Mục tiêu bài học" → "muc-tieu-bai-hoc". */
public final class Slugs {

    private Slugs() {
    }

    /** A slug of the title, at most {@code maxLength} long, with "-2", "-3"… added while it is taken. */
    public static String free(String title, int maxLength, java.util.function.Predicate<String> taken) {
        String base = of(Texts.nfc(title));
        base = base.length() > maxLength ? base.substring(0, maxLength).replaceAll("-+$", "") : base;
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "muc" : slug;
    }
}
