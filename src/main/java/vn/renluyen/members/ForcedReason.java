package vn.renluyen.members;

import java.util.Locale;

/**
 * What makes a member "không hoàn thành nhiệm vụ" whatever the score (DESIGN.md glossary, after Quy định
 * 366-QĐ/TW and Hướng dẫn 43-HD/BTCTW): discipline in the year, degradation, breaking the prohibitions.
 */
public enum ForcedReason {
    DISCIPLINED, DEGRADED, BROKE_PROHIBITIONS;

    public String translationKey() {
        return "rating.forced." + name().toLowerCase(Locale.ROOT);
    }
}
