package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.renluyen.base.UserFacingProblem;
import vn.renluyen.base.ui.ExportLinks;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.members.MemberExport;
import vn.renluyen.members.MemberImport;
import vn.renluyen.members.MemberImportPreview;
import vn.renluyen.members.MemberImportResult;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/dang-vien/nhap: a member file is checked as soon as it arrives (nothing written), the rows are shown
 * with their problems, and "Ghi N dòng hợp lệ" writes the valid ones. The checked file stays in this view
 * only, so changing the organization checks it again; the export gives the same columns back.
 */
@Route("chi-bo/dang-vien/nhap")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
class MemberImportView extends VerticalLayout implements HasDynamicTitle {

    private final MemberImport imports;
    private final List<Organization> choices;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Upload upload;
    private final Paragraph summary = new Paragraph();
    private final Div fileProblems = new Div();
    private final ImportPreviewGrid rows = new ImportPreviewGrid();
    private final Button commit = new Button();
    private final Paragraph result = new Paragraph();
    private MemberImportPreview preview;
    private String fileName;
    private byte[] file;

    MemberImportView(OrganizationService organizations, MemberImport imports, MemberExport exports) {
        this.imports = imports;
        this.choices = organizations.manageable();
        addClassName("member-import-view");
        organization.setLabel(getTranslation("members.organization"));
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setWidth("min(100%, 36rem)");
        organization.addValueChangeListener(e -> recheck());
        // The handler runs on the upload request without the session lock: UI changes go through access().
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("members.import.upload.rejected")));
        upload.setI18n(vietnamese());
        summary.addClassName("import-summary");
        fileProblems.addClassName("import-file-problems");
        result.addClassName("import-result");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(click -> commit());
        add(new H2(getTranslation("members.import.title")), new Paragraph(getTranslation("members.import.intro")),
                organization, new Paragraph(getTranslation("members.import.columns")));
        if (!choices.isEmpty()) {
            Div template = new Div(new Span(getTranslation("members.import.template")),
                    new ExportLinks(() -> exports.template(current().getId())));
            template.addClassName("import-template");
            add(template, upload, result, summary, fileProblems, commit, rows,
                    new H3(getTranslation("members.import.export.title")),
                    new Paragraph(getTranslation("members.import.export.help")),
                    new ExportLinks(() -> exports.members(current().getId())));
            organization.setValue(choices.getFirst());
        }
        show();
    }

    /** What a finished upload hands over; package-private so browserless tests can drop a file in. */
    void received(String name, byte[] bytes) {
        upload.clearFileList();
        fileName = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        file = bytes;
        result.setText("");
        recheck();
    }

    private void recheck() {
        preview = null;
        if (file != null && organization.getValue() != null) {
            preview = imports.preview(organization.getValue().getId(), fileName, file);
        }
        show();
    }

    private void commit() {
        if (preview == null) {
            return;
        }
        try {
            MemberImportResult done = imports.commit(preview);
            file = null;
            preview = null;
            show();
            result.setText(done.written() == 0 ? getTranslation("members.import.nothingWritten")
                    : getTranslation("members.import.written", done.written(), organization.getValue().getName()));
            if (!done.notWritten().isEmpty()) {
                result.add(new Span(" " + getTranslation("members.import.notWritten", done.notWritten().size())));
                rows.show(done.notWritten(), false);
            }
            done.fileProblems().forEach(this::fileProblem);
        } catch (RuntimeException e) {
            if (!(e instanceof UserFacingProblem problem)) {
                throw e;
            }
            Notifications.error(getTranslation(problem.messageKey(), problem.arguments()));
            recheck();
        }
    }

    private void show() {
        fileProblems.removeAll();
        long valid = preview == null ? 0 : preview.validCount();
        commit.setText(getTranslation("members.import.commit", valid));
        commit.setEnabled(valid > 0);
        commit.setVisible(preview != null);
        summary.setVisible(preview != null);
        if (preview == null) {
            rows.clear();
            return;
        }
        if (preview.fileProblems().isEmpty()) {
            summary.setText(getTranslation("members.import.summary", preview.fileName(), preview.rows().size(), valid,
                    preview.invalidCount()));
        } else {
            summary.setText(getTranslation("members.import.refused", preview.fileName()));
            preview.fileProblems().forEach(this::fileProblem);
        }
        rows.show(preview.rows(), false);
    }

    private void fileProblem(MemberImportPreview.Problem problem) {
        Paragraph line = new Paragraph(getTranslation(problem.messageKey(), problem.arguments()));
        line.addClassName("import-problem");
        fileProblems.add(line);
    }

    /** The export links ask on every click; with no choice left they fall back to the first organization. */
    private Organization current() {
        return organization.getValue() != null ? organization.getValue() : choices.getFirst();
    }

    private UploadI18N vietnamese() {
        String add = getTranslation("members.import.upload.add");
        String drop = getTranslation("members.import.upload.drop");
        String rejected = getTranslation("members.import.upload.rejected");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.removeFromList")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.import.title") + " · " + getTranslation("app.name");
    }
}
