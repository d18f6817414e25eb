package vn.renluyen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiFunction;
import vn.renluyen.base.UserFacingProblem;

/**
 * One image of a record (a portrait, a cover): shows it, replaces it by an upload, removes it. The
 * bytes go to the caller, which stores them through the upload service; the browser's size limit is
 * only a courtesy, the server checks again.
 */
public class ImageField extends Div {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Div preview = new Div();
    private final Button remove;
    private final Upload upload;
    private final BiFunction<String, byte[], Long> store;
    private Long mediaId;

    /** {@code store} keeps the bytes and returns the new media id; {@code clear} forgets the image. */
    public ImageField(String label, Long mediaId, BiFunction<String, byte[], Long> store, Runnable clear) {
        addClassName("image-field");
        this.mediaId = mediaId;
        this.store = store;
        Span caption = new Span(label);
        caption.addClassName("image-field-label");
        preview.addClassName("image-field-preview");
        // The handler runs on the upload request without the session lock: UI changes go through access().
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("upload.rejected")));
        upload.setI18n(vietnamese());
        remove = new Button(getTranslation("upload.remove"), click -> {
            clear.run();
            this.mediaId = null;
            show();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Paragraph help = new Paragraph(getTranslation("upload.help"));
        help.addClassName("image-field-help");
        add(caption, preview, upload, help, remove);
        show();
    }

    private void received(String fileName, byte[] bytes) {
        try {
            mediaId = store.apply(fileName, bytes);
            Notifications.success(getTranslation("upload.saved"));
        } catch (RuntimeException e) {
            Notifications.error(message(e));
        }
        // One image at a time: the list is emptied so that the next upload can replace this one.
        upload.clearFileList();
        show();
    }

    private UploadI18N vietnamese() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("upload.rejected"))
                .setIncorrectFileType(getTranslation("upload.rejected")).setTooManyFiles(getTranslation("upload.rejected")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry")).setStart(getTranslation("upload.start"))
                .setRemove(getTranslation("upload.removeFromList")));
        return i18n;
    }

    public Long getMediaId() {
        return mediaId;
    }

    private void show() {
        preview.removeAll();
        remove.setVisible(mediaId != null);
        if (mediaId == null) {
            preview.add(new Span(getTranslation("upload.none")));
        } else {
            preview.add(MediaImages.image(mediaId, 400, ""));
        }
    }

    private String message(RuntimeException e) {
        if (e instanceof UserFacingProblem problem) {
            return getTranslation(problem.messageKey(), problem.arguments());
        }
        return getTranslation("upload.failed");
    }
}
