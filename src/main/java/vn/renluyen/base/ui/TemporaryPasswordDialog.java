package vn.renluyen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new temporary password once; it is not stored in clear anywhere. */
public final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {
    }

    public static void show(String username, String temporaryPassword) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation("accounts.temporaryPassword.title"));
        Span password = new Span(temporaryPassword);
        password.addClassName("temporary-password");
        dialog.add(new Paragraph(ui.getTranslation("accounts.temporaryPassword.text", username)), password);
        Button close = new Button(ui.getTranslation("common.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
    }
}
