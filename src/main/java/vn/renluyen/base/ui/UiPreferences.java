package vn.renluyen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import vn.renluyen.base.PortalI18nProvider;

/** Per-session display choices: language and larger text. */
public final class UiPreferences {

    private static final String LARGER_TEXT = "rl.largerText";
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

    public static Locale otherLanguage(Locale current) {
        return PortalI18nProvider.ENGLISH.getLanguage().equals(current.getLanguage())
                ? PortalI18nProvider.VIETNAMESE : PortalI18nProvider.ENGLISH;
    }

    public static void switchLanguage(UI ui) {
        Locale next = otherLanguage(ui.getLocale());
        VaadinSession.getCurrent().setLocale(next);
        ui.getPage().reload();
    }
}
