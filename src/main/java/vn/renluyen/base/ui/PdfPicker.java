package vn.renluyen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks PDFs and keeps them until the form is submitted: the upload service checks and stores them only then,
 * so a refused file or a refused form loses neither the files nor what was typed. The browser's type and size
 * checks are a courtesy; the server checks again.
 */
public class PdfPicker extends Div {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A picked file, not yet checked. */
    public record PickedFile(String fileName, byte[] bytes) {
    }

    private final Upload upload;
    private final int maxFiles;
    private final Span chosen = new Span();
    private final Button forget;
    private final List<PickedFile> picked = new ArrayList<>();

    public PdfPicker(int maxFiles) {
        this.maxFiles = maxFiles;
        addClassName("pdf-picker");
        // The handler runs on the upload request without the session lock: UI changes go through access().
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> picked(metadata.fileName(), bytes)))));
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("upload.pdf.rejected")));
        upload.setI18n(vietnamese());
        chosen.addClassName("pdf-picker-chosen");
        forget = new Button(getTranslation("upload.pdf.forget"), click -> clear());
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(upload, chosen, forget);
        show();
    }

    /** What a finished upload hands over; public so browserless tests can pick a file. */
    public void picked(String fileName, byte[] bytes) {
        if (picked.size() >= maxFiles) {
            picked.removeFirst();
        }
        picked.add(new PickedFile(fileName, bytes));
        show();
    }

    public List<PickedFile> picked() {
        return List.copyOf(picked);
    }

    public PickedFile first() {
        return picked.isEmpty() ? null : picked.getFirst();
    }

    public void clear() {
        picked.clear();
        upload.clearFileList();
        show();
    }

    private void show() {
        chosen.setText(picked.isEmpty() ? "" : getTranslation("upload.pdf.chosen",
                String.join(", ", picked.stream().map(PickedFile::fileName).toList())));
        chosen.setVisible(!picked.isEmpty());
        forget.setVisible(!picked.isEmpty());
    }

    private UploadI18N vietnamese() {
        UploadI18N i18n = new UploadI18N();
        String add = getTranslation("upload.pdf.add");
        String drop = getTranslation("upload.pdf.drop");
        String rejected = getTranslation("upload.pdf.rejected");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.removeFromList")));
        return i18n;
    }
}
