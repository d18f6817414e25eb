package vn.renluyen.publishing;

import java.util.Locale;

/**
 * The state of an item's working copy: draft → in review → scheduled → published → archived.
 * A published item that is being edited again is a DRAFT whose published revision stays public.
 */
public enum EditorialState {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

    public String translationKey() {
        return "publishing.state." + name().toLowerCase(Locale.ROOT);
    }
}
