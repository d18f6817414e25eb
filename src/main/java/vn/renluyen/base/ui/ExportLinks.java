package vn.renluyen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.renluyen.base.TableExport;
import vn.renluyen.base.TableExport.Format;
import vn.renluyen.base.TableExport.Table;

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
        Anchor anchor = new Anchor(download(table, format), AttachmentType.DOWNLOAD, label);
        anchor.addClassName("export-link");
        return anchor;
    }

    /**
     * Vaadin calls download handlers without the session lock. The supplier reads filter fields and calls
     * services, so it runs under the lock with UI.getCurrent() set, like a click listener; rendering the file
     * happens afterwards so a big table does not freeze the user's other tabs.
     */
    private static DownloadHandler download(Supplier<Table> source, Format format) {
        return event -> {
            AtomicReference<Table> built = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> built.set(Objects.requireNonNull(source.get(), "table")));
            Table table = built.get();
            byte[] file = format.render(table);
            // Not event.setFileName(): for a Vietnamese name it puts an RFC 2047 word into filename=, shown raw by
            // old clients; ours gives them the ASCII name instead.
            event.getResponse().setHeader("Content-Disposition",
                    TableExport.contentDisposition(table, format.extension()));
            event.setContentType(format.contentType());
            event.setContentLength(file.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        };
    }
}
