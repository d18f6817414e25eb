package vn.renluyen.members.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.renluyen.members.MemberRecord;

/**
 * A part of the member record page contributed by a feature above members (completions, confirmations,
 * admission stages), so members never depends on them. Implementations are Spring beans; each call makes
 * new components for the page being built. The record comes already checked for access.
 */
public interface MemberRecordSection {

    /** Lower first. */
    int order();

    /** The section for this record, or empty when there is nothing to show. */
    Optional<Component> render(MemberRecord record);
}
