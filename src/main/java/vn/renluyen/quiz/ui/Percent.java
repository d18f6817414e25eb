package vn.renluyen.quiz.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Scores the Vietnamese way: "66,67 %", "100 %". */
public final class Percent {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Percent() {
    }

    public static String of(Double percent) {
        if (percent == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(percent) + " %";
    }
}
