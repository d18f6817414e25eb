package vn.renluyen.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.completion.CompletionConfirmation;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/xac-nhan: the confirmations issued to members of the secretary's subtree (every one for
 * ADMIN), and revocation with a reason, for a paper that should not have been issued.
 */
@Route("chi-bo/xac-nhan")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.confirmations", order = 57, icon = "vaadin:diploma")
class ConfirmationsView extends VerticalLayout implements HasDynamicTitle {

    private final Confirmations confirmations;
    private final Div list = new Div();

    ConfirmationsView(Confirmations confirmations) {
        this.confirmations = confirmations;
        addClassName("confirmations-view");
        list.addClassName("confirmation-list");
        list.setWidthFull();
        add(new H2(getTranslation("completion.list.title")), new Paragraph(getTranslation("completion.list.intro")),
                list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CompletionConfirmation> all = confirmations.inScope(null);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("completion.list.none")));
        }
        all.forEach(c -> list.add(row(c)));
    }

    private Div row(CompletionConfirmation c) {
        Span holder = span(c.getHolderName(), "confirmation-holder");
        Span course = span(c.getCourseTitle(), "confirmation-course");
        Span date = span(Dates.day(c.getCompletedOn()), "confirmation-date");
        RouterLink code = new RouterLink(c.getCode(), VerifyView.class, new RouteParameters("code", c.getCode()));
        code.addClassName("confirmation-code");
        Span status = span(getTranslation(c.isRevoked() ? "completion.status.revoked" : "completion.status.valid"),
                "state-badge");
        Div row = new Div(holder, course, date, code, status);
        row.addClassName("confirmation-row");
        if (c.isRevoked()) {
            row.addClassName("revoked");
        } else {
            Button revoke = new Button(getTranslation("completion.revoke.button"), click -> revokeDialog(c).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(revoke);
        }
        return row;
    }

    private Dialog revokeDialog(CompletionConfirmation c) {
        Dialog dialog = new Dialog();
        dialog.addClassName("revoke-dialog");
        dialog.setHeaderTitle(getTranslation("completion.revoke.title", c.getCode()));
        TextArea reason = new TextArea(getTranslation("completion.revoke.reason"));
        reason.setMaxLength(Confirmations.MAX_REASON);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        Button confirm = new Button(getTranslation("completion.revoke.confirm"), click -> {
            try {
                confirmations.revoke(c.getCode(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("completion.revoke.done"));
                refresh();
            } catch (UserFacingException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(e.messageKey()));
                Notifications.error(getTranslation(e.messageKey()));
            } catch (AccessDeniedException e) {
                Notifications.error(getTranslation("error.accessDenied"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(holderLine(c)), new Paragraph(getTranslation("completion.revoke.explain")), reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(100vw, 32rem)");
        return dialog;
    }

    private static String holderLine(CompletionConfirmation c) {
        return c.getHolderName() + " · " + c.getCourseTitle() + " · " + Dates.day(c.getCompletedOn());
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completion.list.title") + " · " + getTranslation("app.name");
    }
}
