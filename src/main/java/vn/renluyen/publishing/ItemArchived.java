package vn.renluyen.publishing;

/** Sent when an item is withdrawn from the public, for features that keep copies (search). */
public record ItemArchived(long itemId, ItemKind kind) {
}
