package vn.renluyen.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.SecurityNotices;
import vn.renluyen.security.SecurityNotices.Notice;

/**
 * Above every page after a sign-in, until the person marks it seen: the changes to their password, second
 * factor and grants since they last looked, with what to do if it was not them.
 */
public final class SecurityNoticeBanner extends Div {

    private static final int SHOWN = 5;
    private static final String SNAPSHOT = SecurityNoticeBanner.class.getName() + ".upTo.";

    /** The banner for the signed-in person, if they have unseen notices. */
    public static Optional<SecurityNoticeBanner> forCurrentUser(CurrentUser currentUser, SecurityNotices notices,
            Clock clock) {
        return currentUser.get().flatMap(user -> {
            Instant upTo = snapshot(user.accountId(), clock);
            List<Notice> unseen = notices.unseenOfCurrentUser(upTo);
            return unseen.isEmpty() ? Optional.empty()
                    : Optional.of(new SecurityNoticeBanner(notices, unseen, upTo, clock));
        });
    }

    private SecurityNoticeBanner(SecurityNotices notices, List<Notice> unseen, Instant upTo, Clock clock) {
        addClassName("security-notice");
        getElement().setAttribute("role", "region");
        String title = getTranslation("securityNotice.title");
        getElement().setAttribute("aria-label", title);
        Span heading = new Span(title);
        heading.addClassName("security-notice-title");
        UnorderedList list = new UnorderedList();
        unseen.stream().limit(SHOWN).forEach(notice -> list.add(new ListItem(line(this, notice, clock))));
        if (unseen.size() > SHOWN) {
            list.add(new ListItem(getTranslation("securityNotice.more", unseen.size() - SHOWN)));
        }
        Button seen = new Button(getTranslation("securityNotice.seen"), click -> {
            notices.markSeen(upTo);
            removeFromParent();
        });
        seen.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button changePassword = new Button(getTranslation("securityNotice.changePassword"),
                click -> UI.getCurrent().navigate(ChangePasswordView.class));
        changePassword.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button details = new Button(getTranslation("securityNotice.details"),
                click -> UI.getCurrent().navigate(AccountSecurityView.class));
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(seen, changePassword, details);
        actions.addClassName("security-notice-actions");
        add(heading, list, new Paragraph(getTranslation("securityNotice.advice")), actions);
    }

    /** One change as a line: when, what, and who when it was someone else. */
    static String line(Component in, Notice notice, Clock clock) {
        String what = in.getTranslation(notice.messageKey());
        if (notice.byOther() != null) {
            what += " " + in.getTranslation("securityNotice.byOther", notice.byOther());
        }
        return in.getTranslation("securityNotice.line", Dates.moment(notice.at(), clock), what);
    }

    /**
     * The moment the notices were first looked up in this session: every page of the session shows the same
     * list, and what the person changes while signed in waits for their next sign-in.
     */
    private static Instant snapshot(long accountId, Clock clock) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return clock.instant();
        }
        Object upTo = session.getAttribute(SNAPSHOT + accountId);
        if (upTo instanceof Instant instant) {
            return instant;
        }
        Instant now = clock.instant();
        session.setAttribute(SNAPSHOT + accountId, now);
        return now;
    }
}
