package vn.renluyen.stories.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.stereotype.Component;
import vn.renluyen.stories.ExemplaryProfile;

/** The photo of a profile: upload, replace, remove. */
@Component
class PhotoUpload {

    com.vaadin.flow.component.Component create(ExemplaryProfile profile) {
        return new Div();
    }
}
