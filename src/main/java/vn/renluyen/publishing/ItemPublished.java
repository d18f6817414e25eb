package vn.renluyen.publishing;

/** Sent after a revision becomes the public one, for features that keep copies (search index, caches). */
public record ItemPublished(long itemId, ItemKind kind, int revision) {
}
