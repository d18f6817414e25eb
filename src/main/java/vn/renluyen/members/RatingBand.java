package vn.renluyen.members;

import java.util.Locale;

/** The four quality bands of Quy định 366-QĐ/TW (2025), best first. */
public enum RatingBand {
    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

    public String translationKey() {
        return "rating.band." + name().toLowerCase(Locale.ROOT);
    }

    /** True when this band is better than {@code other}. */
    boolean above(RatingBand other) {
        return ordinal() < other.ordinal();
    }
}
