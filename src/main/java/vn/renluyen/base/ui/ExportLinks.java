package vn.renluyen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.renluyen.base.TableExport;
import vn.renluyen.base.TableExport.Format;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.base.TableExport.Workbook;

/**
 * "Tải CSV" and "Tải Excel (XLSX)" for a table. The table is asked for on every click, not when the view is
 * built, so the file shows what the filters show now and the caller's permission checks run again.
 */
public class ExportLinks extends Div {

    public ExportLinks(Supplier<Table> table) {
        Objects.requireNonNull(table, "table");
        addClassName("export-links");
        add(link(table, Format.CSV, getTranslation("export.csv")),
                link(table, Format.XLSX, getTranslation("export.xlsx")));
    }

    private static Anchor link(Supplier<Table> table, Format format, String label) {
        Anchor anchor = new Anchor(download(table, format::render,
                built -> TableExport.contentDisposition(built, format.extension()), format.contentType()),
                AttachmentType.DOWNLOAD, label);
        anchor.addClassName("export-link");
        return anchor;
    }

    /** One link for a workbook of several sheets (XLSX), asked for on every click like the tables. */
    public static Anchor workbookLink(Supplier<Workbook> workbook, String label) {
        Objects.requireNonNull(workbook, "workbook");
        Anchor anchor = new Anchor(download(workbook, Workbook::xlsx, Workbook::contentDisposition,
                Format.XLSX.contentType()), AttachmentType.DOWNLOAD, label);
        anchor.addClassName("export-link");
        return anchor;
    }

    /**
     * Vaadin calls download handlers without the session lock. The supplier reads filter fields and calls
     * services, so it runs under the lock with UI.getCurrent() set, like a click listener; rendering the file
     * happens afterwards so a big table does not freeze the user's other tabs.
     */
    private static <T> DownloadHandler download(Supplier<T> source, Function<T, byte[]> render,
            Function<T, String> contentDisposition, String contentType) {
        return event -> {
            AtomicReference<T> built = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> built.set(Objects.requireNonNull(source.get(), "table")));
            T table = built.get();
            byte[] file = render.apply(table);
            // Not event.setFileName(): for a Vietnamese name it puts an RFC 2047 word into filename=, shown raw by
            // old clients; ours gives them the ASCII name instead.
            event.getResponse().setHeader("Content-Disposition", contentDisposition.apply(table));
            event.setContentType(contentType);
            event.setContentLength(file.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        };
    }
}
