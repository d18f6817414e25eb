package vn.renluyen.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.completion.ReflectionPaperStatus;
import vn.renluyen.completion.ReflectionPapers;
import vn.renluyen.completion.ReflectionPapers.Paper;
import vn.renluyen.completion.ReflectionPapers.PaperToReview;

/**
 * One reflection paper for its reviewer: the text as plain text (line breaks kept by CSS, never HTML), the
 * PDF, and, while it waits, acceptance or a return that needs a comment.
 */
class ReviewDialog extends Dialog {

    private final ReflectionPapers papers;
    private final long paperId;
    private final Runnable changed;

    ReviewDialog(ReflectionPapers papers, PaperToReview line, Clock clock, Runnable changed) {
        this.papers = papers;
        this.paperId = line.paperId();
        this.changed = changed;
        Paper paper = papers.review(line.paperId());
        addClassName("review-dialog");
        setHeaderTitle(getTranslation("reflection.review.dialogTitle", line.learnerName()));
        Paragraph facts = new Paragraph(line.courseTitle() + " · " + Dates.moment(paper.submittedAt(), clock));
        facts.addClassName("reflection-facts");
        add(facts);
        if (paper.text() != null) {
            // setText escapes: the learner's words are shown, never interpreted.
            Div text = new Div();
            text.setText(paper.text());
            text.addClassName("reflection-text");
            add(text);
        }
        if (paper.document() != null) {
            Anchor pdf = new Anchor(paper.document().url(StoredMedia.ORIGINAL),
                    getTranslation("reflection.review.pdf", paper.document().originalName()));
            pdf.setTarget(AnchorTarget.BLANK);
            pdf.addClassName("reflection-pdf");
            add(pdf);
        }
        Button close = new Button(getTranslation("common.close"), click -> close());
        getFooter().add(close);
        if (paper.status() == ReflectionPaperStatus.SUBMITTED) {
            Button giveBack = new Button(getTranslation("reflection.review.return"), click -> returnDialog().open());
            giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button accept = new Button(getTranslation("reflection.review.accept"), click -> accept());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            getFooter().add(giveBack, accept);
        } else if (paper.reviewComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("reflection.comment", paper.reviewComment()));
            comment.addClassName("reflection-comment");
            add(comment);
        }
        setWidth("min(100vw, 48rem)");
    }

    private void accept() {
        try {
            papers.accept(paperId);
            Notifications.success(getTranslation("reflection.review.accepted"));
            close();
            changed.run();
        } catch (UserFacingException problem) {
            Notifications.error(getTranslation(problem.messageKey(), problem.arguments()));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.accessDenied"));
        }
    }

    private Dialog returnDialog() {
        Dialog dialog = new Dialog();
        dialog.addClassName("return-dialog");
        dialog.setHeaderTitle(getTranslation("reflection.review.return"));
        TextArea comment = new TextArea(getTranslation("reflection.review.comment"));
        comment.setMaxLength(ReflectionPapers.MAX_COMMENT);
        comment.setWidthFull();
        comment.setMinHeight("6rem");
        Button confirm = new Button(getTranslation("reflection.review.returnConfirm"), click -> {
            try {
                papers.returnWith(paperId, comment.getValue());
                dialog.close();
                close();
                Notifications.success(getTranslation("reflection.review.returned"));
                changed.run();
            } catch (UserFacingException problem) {
                String message = getTranslation(problem.messageKey(), problem.arguments());
                comment.setInvalid(true);
                comment.setErrorMessage(message);
                Notifications.error(message);
            } catch (AccessDeniedException e) {
                Notifications.error(getTranslation("error.accessDenied"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("reflection.review.returnExplain")), comment);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(100vw, 32rem)");
        return dialog;
    }
}
