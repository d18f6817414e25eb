package vn.renluyen.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import vn.renluyen.base.ui.Notifications;

/**
 * Picks PDFs and keeps them until the form is saved: the upload service checks and stores them only then,
 * so a refused form loses neither the files nor what was typed. The browser's checks are a courtesy.
 */
class DocumentPicker extends Div {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Upload upload;
    private final int maxFiles;
    private final Span chosen = new Span();
    private final Button forget;
    private final List<vn.renluyen.admission.Upload> picked = new ArrayList<>();

    DocumentPicker(int maxFiles) {
        this.maxFiles = maxFiles;
        addClassName("admission-picker");
        // The handler runs on the upload request without the session lock: UI changes go through access().
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> picked(metadata.fileName(), bytes)))));
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("admission.upload.rejected")));
        upload.setI18n(vietnamese());
        chosen.addClassName("admission-picker-chosen");
        forget = new Button(getTranslation("admission.upload.forget"), click -> clear());
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(upload, chosen, forget);
        show();
    }

    /** What a finished upload hands over; package-private so browserless tests can pick a file. */
    void picked(String fileName, byte[] bytes) {
        if (picked.size() >= maxFiles) {
            picked.removeFirst();
        }
        picked.add(new vn.renluyen.admission.Upload(fileName, bytes));
        show();
    }

    List<vn.renluyen.admission.Upload> picked() {
        return List.copyOf(picked);
    }

    vn.renluyen.admission.Upload first() {
        return picked.isEmpty() ? null : picked.getFirst();
    }

    void clear() {
        picked.clear();
        upload.clearFileList();
        show();
    }

    private void show() {
        chosen.setText(picked.isEmpty() ? "" : getTranslation("admission.upload.chosen",
                String.join(", ", picked.stream().map(vn.renluyen.admission.Upload::fileName).toList())));
        chosen.setVisible(!picked.isEmpty());
        forget.setVisible(!picked.isEmpty());
    }

    private UploadI18N vietnamese() {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("admission.upload.add");
        String drop = getTranslation("admission.upload.drop");
        String rejected = getTranslation("admission.upload.rejected");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.removeFromList")));
        return i18n;
    }
}
