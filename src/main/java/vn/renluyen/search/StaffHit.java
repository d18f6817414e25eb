package vn.renluyen.search;

import java.time.Instant;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.ItemKind;

/**
 * One unpublished match for staff: what it is, where it stands in the workflow (a returned draft is a DRAFT with
 * {@code returned}; {@code publishedRevision} is what readers see meanwhile, if anything), its newest title, a snippet
 * of escaped text where only {@code <mark>} is markup, and the editor's address.
 */
public record StaffHit(long itemId, ItemKind kind, EditorialState state, boolean returned, Integer publishedRevision,
        String title, String snippet, String url, Instant updatedAt, float score) {
}
