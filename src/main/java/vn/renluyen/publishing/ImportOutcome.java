package vn.renluyen.publishing;

/** What importing a content/ file did to its item. */
public enum ImportOutcome {
    /** A new item, with the file as revision 1. */
    CREATED,
    /** The file changed and nobody edited the item in the portal: a new revision. */
    UPDATED,
    /** The file is the one imported last time: nothing to do. */
    UNCHANGED,
    /** The file changed, and so did the item in the portal since the last import: nothing changed, a publisher decides. */
    CONFLICT
}
