package vn.renluyen.members.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.members.MemberProblem;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.members.OrganizationType;

/**
 * The four dialogs of the organization tree. The service decides every rule; a problem with what was typed
 * is shown on its field, any other as a notification, and the dialog stays open so nothing typed is lost.
 */
class OrganizationDialogs {

    private final OrganizationService organizations;
    private final Runnable refresh;
    private final UI ui = UI.getCurrent();

    OrganizationDialogs(OrganizationService organizations, Runnable refresh) {
        this.organizations = organizations;
        this.refresh = refresh;
    }

    /** A new organization below {@code parent}, or at the top (ADMIN) when it is null. */
    void create(Organization parent) {
        Dialog dialog = dialog(parent == null ? ui.getTranslation("organizations.addRoot")
                : ui.getTranslation("organizations.addChildOf", parent.getName()));
        TextField name = nameField("");
        Select<OrganizationType> level = new Select<>();
        level.setLabel(ui.getTranslation("organizations.level"));
        List<OrganizationType> levels = parent == null
                ? Arrays.stream(OrganizationType.values()).filter(OrganizationType::mayBeRoot).toList()
                : parent.getType().allowedChildren();
        level.setItems(levels);
        level.setItemLabelGenerator(t -> ui.getTranslation(t.translationKey()));
        level.setValue(levels.getFirst());
        level.setWidthFull();
        dialog.add(name, level);
        footer(dialog, ui.getTranslation("common.save"), false, () -> save(dialog, "organizations.created",
                Map.of("organization.error.nameRequired", name, "organization.error.nameTooLong", name,
                        "organization.error.wrongParent", level),
                () -> organizations.create(name.getValue(), level.getValue(), parent == null ? null : parent.getId())));
        dialog.open();
        name.focus();
    }

    void rename(Organization organization) {
        Dialog dialog = dialog(ui.getTranslation("organizations.rename") + ": " + organization.getName());
        TextField name = nameField(organization.getName());
        dialog.add(name);
        footer(dialog, ui.getTranslation("common.save"), false, () -> save(dialog, "organizations.renamed",
                Map.of("organization.error.nameRequired", name, "organization.error.nameTooLong", name),
                () -> organizations.rename(organization.getId(), name.getValue())));
        dialog.open();
        name.focus();
    }

    /** Only the parents the rules allow are offered; the service checks them again. */
    void move(Organization organization) {
        Dialog dialog = dialog(ui.getTranslation("organizations.moveTo", organization.getName()));
        List<Organization> parents = organizations.possibleParents(organization.getId());
        ComboBox<Organization> parent = new ComboBox<>(ui.getTranslation("organizations.newParent"));
        parent.setItems(parents);
        parent.setItemLabelGenerator(o -> "\u00a0".repeat(o.depth() * 2) + o.getName());
        parent.setRequiredIndicatorVisible(true);
        parent.setWidthFull();
        Button move = footer(dialog, ui.getTranslation("organizations.move"), false, () -> {
            if (parent.getValue() == null) {
                parent.setErrorMessage(ui.getTranslation("organizations.parentRequired"));
                parent.setInvalid(true);
                return;
            }
            save(dialog, "organizations.moved", Map.of("organization.error.wrongParent", parent,
                    "organization.error.ownSubtree", parent),
                    () -> organizations.move(organization.getId(), parent.getValue().getId()));
        });
        if (parents.isEmpty()) {
            dialog.add(new Paragraph(ui.getTranslation("organizations.noParents")));
            move.setEnabled(false);
        } else {
            dialog.add(parent);
        }
        dialog.open();
    }

    /** Also the confirmation: the warning says what dissolving does, and the button is the dangerous kind. */
    void dissolve(Organization organization) {
        Dialog dialog = dialog(ui.getTranslation("organizations.dissolveTitle", organization.getName()));
        TextArea reason = new TextArea(ui.getTranslation("organizations.dissolveReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        dialog.add(new Paragraph(ui.getTranslation("organizations.dissolveWarning")), reason);
        footer(dialog, ui.getTranslation("organizations.dissolve"), true, () -> save(dialog, "organizations.dissolved",
                Map.of("organization.error.reasonRequired", reason, "organization.error.reasonTooLong", reason),
                () -> organizations.dissolve(organization.getId(), reason.getValue())));
        dialog.open();
        reason.focus();
    }

    private void save(Dialog dialog, String doneKey, Map<String, ? extends HasValidation> fields, Runnable change) {
        try {
            change.run();
            dialog.close();
            refresh.run();
            Notifications.success(ui.getTranslation(doneKey));
        } catch (MemberProblem problem) {
            String text = ui.getTranslation(problem.messageKey(), problem.arguments());
            HasValidation field = fields.get(problem.messageKey());
            if (field == null) {
                Notifications.error(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        } catch (AccessDeniedException denied) {
            Notifications.error(ui.getTranslation("error.accessDenied"));
        }
    }

    private Dialog dialog(String title) {
        Dialog dialog = new Dialog(title);
        dialog.setWidth("min(28rem, 95vw)");
        return dialog;
    }

    private TextField nameField(String value) {
        TextField name = new TextField(ui.getTranslation("organizations.name"));
        name.setValue(value);
        name.setMaxLength(255);
        name.setWidthFull();
        return name;
    }

    private Button footer(Dialog dialog, String action, boolean dangerous, Runnable onClick) {
        Button button = new Button(action, click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        dialog.getFooter().add(new Button(ui.getTranslation("common.cancel"), click -> dialog.close()), button);
        return button;
    }
}
