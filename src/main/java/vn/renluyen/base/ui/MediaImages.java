package vn.renluyen.base.ui;

import com.vaadin.flow.component.html.Image;

/** Images of uploads as the pages show them: a web size made on the server, loaded lazily. */
public final class MediaImages {

    private MediaImages() {
    }

    /** The path of an uploaded image in the web size closest to {@code width} (400, 800 or 1600 px). */
    public static String path(long mediaId, int width) {
        int variant = width <= 400 ? 400 : width <= 800 ? 800 : 1600;
        return "/media/" + mediaId + "/" + variant;
    }

    public static Image image(long mediaId, int width, String alt) {
        Image image = new Image(path(mediaId, width), alt);
        image.getElement().setAttribute("loading", "lazy");
        return image;
    }
}
