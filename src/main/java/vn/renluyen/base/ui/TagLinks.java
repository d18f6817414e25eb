package vn.renluyen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An item's tags, each a search for itself narrowed to that tag. */
public class TagLinks extends Div {

    public TagLinks(List<String> tags) {
        addClassName("tag-links");
        getElement().setAttribute("aria-label", getTranslation("tags.label"));
        for (String tag : tags) {
            String encoded = URLEncoder.encode(tag, StandardCharsets.UTF_8);
            Anchor link = new Anchor("/tim-kiem?q=" + encoded + "&tag=" + encoded, "#" + tag);
            link.addClassName("tag");
            add(link);
        }
    }
}
