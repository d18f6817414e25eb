package vn.renluyen.stories;

import java.util.Locale;

/** Where a secretary's nomination stands: sent, taken up by an editor (a profile exists), or declined. */
public enum NominationStatus {
    SUBMITTED, ACCEPTED, DECLINED;

    public String translationKey() {
        return "stories.nomination.status." + name().toLowerCase(Locale.ROOT);
    }
}
