package vn.renluyen.completion.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.CompletionConfirmation;
import vn.renluyen.completion.Confirmations;

/**
 * The logged-in learner's confirmations, each with its PDF and its public verification page; for
 * "my learning" or a profile page to embed.
 */
public class MyConfirmations extends Div {

    public MyConfirmations(Confirmations confirmations) {
        addClassName("my-confirmations");
        add(new H2(getTranslation("completion.mine.title")));
        var mine = confirmations.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("completion.mine.none")));
        }
        mine.forEach(c -> add(row(confirmations, c)));
    }

    private Div row(Confirmations confirmations, CompletionConfirmation c) {
        Span course = new Span(c.getCourseTitle());
        course.addClassName("confirmation-course");
        Span meta = new Span(Dates.day(c.getCompletedOn()) + " · " + c.getCode());
        meta.addClassName("confirmation-date");
        Div row = new Div(course, meta);
        row.addClassName("confirmation-row");
        if (c.isRevoked()) {
            Span status = new Span(getTranslation("completion.status.revoked"));
            status.addClassName("state-badge");
            row.add(status);
            row.addClassName("revoked");
            return row;
        }
        Anchor pdf = new Anchor(download(confirmations, c.getCode()), AttachmentType.DOWNLOAD,
                getTranslation("completion.mine.pdf"));
        pdf.addClassName("confirmation-pdf");
        RouterLink verify = new RouterLink(getTranslation("completion.mine.verifyLink"), VerifyView.class,
                new RouteParameters("code", c.getCode()));
        verify.addClassName("confirmation-verify");
        Div links = new Div(pdf, verify);
        links.addClassName("confirmation-links");
        row.add(links);
        return row;
    }

    /**
     * Vaadin calls download handlers without the session lock; the service (and its permission check)
     * runs under it like a click listener, then the bytes are written outside it.
     */
    private static DownloadHandler download(Confirmations confirmations, String code) {
        return event -> {
            AtomicReference<byte[]> file = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> file.set(confirmations.pdf(code)));
            event.setFileName("xac-nhan-" + code + ".pdf");
            event.setContentType("application/pdf");
            event.setContentLength(file.get().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.get());
            }
        };
    }
}
