package vn.renluyen.publishing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import vn.renluyen.base.Texts;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.ItemFactory;

/** Starts a story or an article written in the portal: its kind and title, then the editor opens. */
class NewItemDialog extends Dialog {

    static final int MAX_TITLE = 300;

    NewItemDialog(List<ItemFactory> factories) {
        setHeaderTitle(getTranslation("publishing.new.title"));
        RadioButtonGroup<ItemFactory> kind = new RadioButtonGroup<>(getTranslation("publishing.new.kind"));
        kind.setItems(factories);
        kind.setItemLabelGenerator(f -> getTranslation(f.kind().translationKey()));
        kind.setValue(factories.getFirst());
        TextField title = new TextField(getTranslation("publishing.new.itemTitle"));
        title.setMaxLength(MAX_TITLE);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        Button create = new Button(getTranslation("publishing.new.create"), click -> {
            if (Texts.isBlank(title.getValue())) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("publishing.error.titleRequired"));
                return;
            }
            try {
                EditorialItem item = kind.getValue().createDraft(title.getValue());
                close();
                UI.getCurrent().navigate(EditorView.class,
                        new RouteParameters(EditorView.ITEM_ID, String.valueOf(item.getId())));
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(kind, title);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
        setWidth("min(100vw, 32rem)");
    }
}
