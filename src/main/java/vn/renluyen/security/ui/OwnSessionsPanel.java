package vn.renluyen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.List;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.security.SignedInSessions;
import vn.renluyen.security.SignedInSessions.SignedInSession;

/** The person's own signed-in sessions, and a way to end all but this one (ASVS 3.3.4). */
class OwnSessionsPanel extends VerticalLayout {

    private final SignedInSessions sessions;
    private final Clock clock;

    OwnSessionsPanel(SignedInSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        setPadding(false);
        addClassName("own-sessions");
        show();
    }

    private void show() {
        removeAll();
        List<SignedInSession> mine = sessions.ofCurrentUser(currentSessionId());
        add(new H3(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.lead")));
        UnorderedList list = new UnorderedList();
        list.addClassName("own-sessions-list");
        for (SignedInSession session : mine) {
            ListItem item = new ListItem();
            Span when = new Span(getTranslation("sessions.when", Dates.moment(session.signedInAt(), clock),
                    Dates.moment(session.lastActiveAt(), clock)));
            if (session.current()) {
                Span current = new Span(getTranslation("sessions.current"));
                current.getElement().getThemeList().add("badge success");
                item.add(current, new Span(" "));
            }
            item.add(when);
            Div device = new Div(session.device().isBlank() ? getTranslation("sessions.unknownDevice") : session.device());
            device.addClassName("own-sessions-device");
            item.add(device);
            list.add(item);
        }
        add(list);
        Button endOthers = new Button(getTranslation("sessions.endOthers"), click -> {
            int ended = sessions.endOthersOfCurrentUser(currentSessionId());
            Notifications.success(getTranslation("sessions.ended", ended));
            show();
        });
        endOthers.setEnabled(mine.size() > 1);
        add(endOthers);
    }

    private static String currentSessionId() {
        return VaadinSession.getCurrent().getSession().getId();
    }
}
