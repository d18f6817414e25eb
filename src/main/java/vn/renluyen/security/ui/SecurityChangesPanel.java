package vn.renluyen.security.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import vn.renluyen.security.SecurityNotices;
import vn.renluyen.security.SecurityNotices.Notice;

/** The person's latest changes to their password, second factor and grants, newest first (ASVS 2.2.3). */
class SecurityChangesPanel extends VerticalLayout {

    SecurityChangesPanel(SecurityNotices notices, Clock clock) {
        setPadding(false);
        addClassName("security-changes");
        add(new H3(getTranslation("securityNotice.recent")));
        List<Notice> recent = notices.recentOfCurrentUser();
        if (recent.isEmpty()) {
            add(new Paragraph(getTranslation("securityNotice.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("security-changes-list");
        recent.forEach(notice -> list.add(new ListItem(SecurityNoticeBanner.line(this, notice, clock))));
        add(list, new Paragraph(getTranslation("securityNotice.advice")));
    }
}
