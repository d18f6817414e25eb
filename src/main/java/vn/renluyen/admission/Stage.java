package vn.renluyen.admission;

import java.util.Locale;
import java.util.Optional;

/**
 * The stages of an admission file, in the order they must be recorded (issue #7). The committee's stages are
 * recorded by the secretary chain of the parent organization of the candidate's cell (DESIGN.md, "Roles").
 */
public enum Stage {
    AWARENESS_COURSE, APPLICATION, HISTORY_VERIFIED, HELPER_INTRODUCTION, MASS_ORGANIZATION_COMMENTS,
    CELL_RESOLUTION, COMMITTEE_RESOLUTION, ADMISSION_DECISION, CEREMONY;

    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The cấp uỷ's own acts: recorded by the parent organization's chain. */
    public boolean byCommittee() {
        return this == COMMITTEE_RESOLUTION || this == ADMISSION_DECISION;
    }

    /** Stages that are a document with a number (a resolution, a decision). */
    public boolean numbered() {
        return this == CELL_RESOLUTION || this == COMMITTEE_RESOLUTION || this == ADMISSION_DECISION;
    }

    public String translationKey() {
        return "admission.stage." + name().toLowerCase(Locale.ROOT);
    }
}
