package vn.renluyen.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Every user-visible string: Vietnamese first, English second (i18n/messages*.properties). */
@Component
public class PortalI18nProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = ENGLISH.getLanguage().equals(locale == null ? "" : locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
