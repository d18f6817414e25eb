package vn.renluyen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import vn.renluyen.base.PortalI18nProvider;

/** Per-session display choices: language and larger text. */
public final class UiPreferences {

    private static final String LARGER_TEXT = "rl.largerText";
    private static final String LANGUAGE = "rl.language";
    public static final String LARGER_TEXT_CLASS = "larger-text";

    private UiPreferences() {
    }

    public static boolean largerText() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(LARGER_TEXT));
    }

    public static void setLargerText(UI ui, boolean on) {
        VaadinSession.getCurrent().setAttribute(LARGER_TEXT, on);
        apply(ui);
    }

    /** Larger text is a class on the page body; the portal's CSS scales Lumo's font sizes under it. */
    public static void apply(UI ui) {
        ui.getElement().getClassList().set(LARGER_TEXT_CLASS, largerText());
    }

    /** The language chosen in this session; Vietnamese until the user switches. */
    public static Locale language() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(LANGUAGE);
        return chosen instanceof Locale locale ? locale : PortalI18nProvider.VIETNAMESE;
    }

    /** Switches vi ↔ en and reloads, so every text on the page is rendered again in the new language. */
    public static void switchLanguage(UI ui) {
        Locale next = PortalI18nProvider.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage())
                ? PortalI18nProvider.VIETNAMESE : PortalI18nProvider.ENGLISH;
        VaadinSession.getCurrent().setAttribute(LANGUAGE, next);
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
