package vn.renluyen.base;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII identifiers from Vietnamese text: "Mục tiêu bài học" → "muc-tieu-bai-hoc". */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "muc" : slug;
    }
}
