package vn.renluyen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Share a public page: by Facebook, by e-mail, or by copying its address. No third-party script is loaded. */
public class ShareLinks extends Div {

    public ShareLinks(String absoluteUrl, String title) {
        addClassName("share-links");
        String url = URLEncoder.encode(absoluteUrl, StandardCharsets.UTF_8);
        Span label = new Span(getTranslation("share.label"));
        label.addClassName("share-label");
        Anchor facebook = new Anchor("https://www.facebook.com/sharer/sharer.php?u=" + url, "Facebook");
        facebook.setTarget("_blank");
        facebook.getElement().setAttribute("rel", "noopener noreferrer");
        Anchor mail = new Anchor("mailto:?subject=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                .replace("+", "%20") + "&body=" + url, getTranslation("share.mail"));
        Button copy = new Button(getTranslation("share.copy"), VaadinIcon.LINK.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        copy.addClickListener(click -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", absoluteUrl);
            Notifications.success(getTranslation("share.copied"));
        });
        add(label, facebook, mail, copy);
    }
}
