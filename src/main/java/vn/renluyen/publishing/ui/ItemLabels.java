package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialState;

/** Words and times the worklist and the editor share, so both describe an item the same way. */
final class ItemLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Component owner;
    private final ZoneId zone;

    ItemLabels(Component owner, ZoneId zone) {
        this.owner = owner;
        this.zone = zone;
    }

    /** Times are shown in the portal's zone (Asia/Ho_Chi_Minh), whatever the server's or browser's zone. */
    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A coloured label; the colour is also said in words, so it is never the only signal. */
    Span state(EditorialState state) {
        Span pill = new Span(owner.getTranslation(state.translationKey()));
        pill.addClassNames("state-pill", "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return pill;
    }

    String kindAndUpdated(EditorialItem item) {
        return owner.getTranslation(item.getKind().translationKey()) + " · " + time(item.getUpdatedAt());
    }

    /** What readers get: "bản công khai: r3 · chưa thẩm định", or that nothing is public yet. */
    String publicVersion(EditorialItem item) {
        if (item.getPublishedRevision() == null) {
            return owner.getTranslation("publishing.public.none");
        }
        String approval = owner.getTranslation(item.isApproved() ? "publishing.public.approved"
                : "publishing.public.notApproved");
        String version = owner.getTranslation("publishing.public.revision", item.getPublishedRevision()) + " · "
                + approval;
        return item.isLive() ? version : version + " · " + owner.getTranslation("publishing.public.offline");
    }
}
