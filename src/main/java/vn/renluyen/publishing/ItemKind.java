package vn.renluyen.publishing;

import java.util.Locale;

/** What an editorial item is; each kind belongs to one feature (curriculum, stories, news). */
public enum ItemKind {
    MODULE, STORY, ARTICLE, QUIZ;

    public String translationKey() {
        return "publishing.kind." + name().toLowerCase(Locale.ROOT);
    }
}
