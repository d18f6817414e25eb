package vn.renluyen.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.completion.ReflectionPaperStatus;
import vn.renluyen.completion.ReflectionPapers;
import vn.renluyen.completion.ReflectionPapers.Paper;
import vn.renluyen.base.ui.PdfPicker;

/**
 * The learner's reflection paper (bài thu hoạch) for one course, to embed in a page such as "My learning"
 * for each course whose {@code isReflectionPaper()} is true:
 * {@code new ReflectionPaperPanel(papers, clock, course.getId(), course.getTitle())}. It shows where the
 * paper stands (with the secretary's comment after a return) and, until it is accepted, a form to write
 * it and/or attach a PDF. A refused submission keeps what was written and picked.
 */
public class ReflectionPaperPanel extends Div {

    private static final Set<String> ABOUT_THE_TEXT = Set.of("reflection.error.tooShort", "reflection.error.tooLong",
            "reflection.error.empty");

    private final ReflectionPapers papers;
    private final Clock clock;
    private final long courseId;
    private final Paragraph status = new Paragraph();
    private final Paragraph comment = new Paragraph();
    private final Div document = new Div();
    private final Div form = new Div();
    private final TextArea text = new TextArea();
    private final PdfPicker pdf = new PdfPicker(1);
    private final Paragraph error = new Paragraph();

    public ReflectionPaperPanel(ReflectionPapers papers, Clock clock, long courseId, String courseTitle) {
        this.papers = papers;
        this.clock = clock;
        this.courseId = courseId;
        addClassName("reflection-panel");
        status.addClassName("reflection-status");
        comment.addClassName("reflection-comment");
        document.addClassName("reflection-document");
        text.setLabel(getTranslation("reflection.text"));
        text.setHelperText(getTranslation("reflection.textHelp", ReflectionPapers.MIN_TEXT, ReflectionPapers.MAX_TEXT));
        text.setMaxLength(ReflectionPapers.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.addClassName("reflection-text-field");
        Paragraph pdfHelp = new Paragraph(getTranslation("reflection.upload.help"));
        pdfHelp.addClassName("reflection-help");
        Button submit = new Button(getTranslation("reflection.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("reflection-submit");
        error.addClassName("reflection-error");
        form.addClassName("reflection-form");
        form.add(text, pdfHelp, pdf, error, submit);
        H3 title = new H3(getTranslation("reflection.panelTitle", courseTitle));
        title.addClassName("reflection-title");
        add(title, status, comment, document, form);
        Optional<Paper> mine = papers.mine(courseId);
        // After a return the learner improves the text they sent rather than starting again.
        text.setValue(mine.map(Paper::text).orElse(""));
        show(mine);
    }

    private void submit() {
        error.setText("");
        error.setVisible(false);
        text.setInvalid(false);
        try {
            Paper paper = papers.submit(courseId, text.getValue(), pdf.first() == null ? null
                    : new ReflectionPapers.Upload(pdf.first().fileName(), pdf.first().bytes()));
            pdf.clear();
            Notifications.success(getTranslation("reflection.submitted"));
            show(Optional.of(paper));
        } catch (UserFacingException problem) {
            refused(getTranslation(problem.messageKey(), problem.arguments()),
                    ABOUT_THE_TEXT.contains(problem.messageKey()));
        } catch (AccessDeniedException e) {
            refused(getTranslation("error.accessDenied"), false);
        }
    }

    private void refused(String message, boolean aboutText) {
        error.setText(message);
        error.setVisible(true);
        if (aboutText) {
            text.setInvalid(true);
            text.setErrorMessage(message);
        }
        Notifications.error(message);
    }

    private void show(Optional<Paper> paper) {
        error.setVisible(false);
        ReflectionPaperStatus state = paper.map(Paper::status).orElse(null);
        status.setText(state == null ? getTranslation("reflection.status.none") : switch (state) {
            case SUBMITTED -> getTranslation("reflection.status.submitted", moment(paper.get().submittedAt()));
            case ACCEPTED -> getTranslation("reflection.status.accepted", day(paper.get()));
            case RETURNED -> getTranslation("reflection.status.returned", day(paper.get()));
        });
        status.getElement().setAttribute("data-status", state == null ? "NONE" : state.name());
        boolean returned = state == ReflectionPaperStatus.RETURNED;
        comment.setText(returned ? getTranslation("reflection.comment", paper.get().reviewComment()) : "");
        comment.setVisible(returned);
        document.removeAll();
        StoredMedia file = paper.map(Paper::document).orElse(null);
        if (file != null) {
            Anchor link = new Anchor(file.url(StoredMedia.ORIGINAL), file.originalName());
            link.setTarget(AnchorTarget.BLANK);
            link.addClassName("reflection-pdf");
            document.add(new Paragraph(getTranslation("reflection.documentSubmitted")), link);
        }
        document.setVisible(file != null);
        // Accepted is final: nothing more to write.
        form.setVisible(state != ReflectionPaperStatus.ACCEPTED);
    }

    private String moment(java.time.Instant instant) {
        return Dates.moment(instant, clock);
    }

    private String day(Paper paper) {
        return Dates.day(paper.reviewedAt() == null ? null : paper.reviewedAt().atZone(clock.getZone()).toLocalDate());
    }
}
