package vn.renluyen.stories.ui;

import org.springframework.stereotype.Component;
import vn.renluyen.base.ui.ImageField;
import vn.renluyen.stories.ExemplaryProfile;
import vn.renluyen.stories.ProfileService;

/** The photo of a profile in the editor's details tab: upload, replace, remove. */
@Component
class PhotoUpload {

    private final ProfileService service;

    PhotoUpload(ProfileService service) {
        this.service = service;
    }

    com.vaadin.flow.component.Component create(ExemplaryProfile profile) {
        String label = com.vaadin.flow.component.UI.getCurrent().getTranslation("stories.photo");
        return new ImageField(label, profile.getPhotoMediaId(),
                (name, bytes) -> service.replacePhoto(profile.getId(), name, bytes),
                () -> service.removePhoto(profile.getId()));
    }
}
