package vn.renluyen.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.completion.ReflectionPapers;

/**
 * Picks one PDF and keeps it until the form is submitted: the upload service checks and stores it only then,
 * so a refused file or a refused text loses neither. The browser's type and size checks are a courtesy.
 */
class PdfPicker extends Div {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Upload upload;
    private final Span chosen = new Span();
    private final Button forget;
    private ReflectionPapers.Upload picked;

    PdfPicker() {
        addClassName("pdf-picker");
        // The handler runs on the upload request without the session lock: UI changes go through access().
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> picked(metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("reflection.upload.rejected")));
        upload.setI18n(vietnamese());
        chosen.addClassName("pdf-picker-chosen");
        forget = new Button(getTranslation("reflection.upload.forget"), click -> clear());
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(upload, chosen, forget);
        show();
    }

    /** What a finished upload hands over; package-private so browserless tests can pick a file. */
    void picked(String fileName, byte[] bytes) {
        picked = new ReflectionPapers.Upload(fileName, bytes);
        show();
    }

    ReflectionPapers.Upload picked() {
        return picked;
    }

    void clear() {
        picked = null;
        upload.clearFileList();
        show();
    }

    private void show() {
        chosen.setText(picked == null ? "" : getTranslation("reflection.upload.chosen", picked.fileName()));
        chosen.setVisible(picked != null);
        forget.setVisible(picked != null);
    }

    private UploadI18N vietnamese() {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("reflection.upload.add");
        String drop = getTranslation("reflection.upload.drop");
        String rejected = getTranslation("reflection.upload.rejected");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.removeFromList")));
        return i18n;
    }
}
