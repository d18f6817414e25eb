package vn.renluyen.publishing;

/** Where a revision came from: the content/ folder, an editor in the portal, or a restore. */
public enum RevisionSource {
    IMPORT, EDITOR, RESTORE
}
