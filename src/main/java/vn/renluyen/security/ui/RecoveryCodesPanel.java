package vn.renluyen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** Ten single-use codes, shown once; the person keeps them on paper or in a password manager. */
class RecoveryCodesPanel extends VerticalLayout {

    RecoveryCodesPanel(List<String> codes, String continueLabel, Runnable onContinue) {
        addClassName("recovery-codes-panel");
        setPadding(false);
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        Button done = new Button(continueLabel, click -> onContinue.run());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("twoFactor.recovery.title")), new Paragraph(getTranslation("twoFactor.recovery.intro")),
                list, done);
    }
}
