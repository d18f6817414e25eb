package vn.renluyen.publishing;

/**
 * Starts a new item of one kind written in the portal (a story, an article): the feature that owns
 * the kind creates its own record beside the editorial item. Lessons come from content/ only.
 */
public interface ItemFactory {

    ItemKind kind();

    /** A new draft with this title, owned by the feature's record; for EDITOR and PUBLISHER. */
    EditorialItem createDraft(String title);
}
