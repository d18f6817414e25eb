package vn.renluyen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.base.ui.TemporaryPasswordDialog;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.security.Account;
import vn.renluyen.security.AccountProblem;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.Grant;
import vn.renluyen.security.MemberDirectory;
import vn.renluyen.security.MemberDirectory.OrganizationChoice;
import vn.renluyen.security.Role;
import vn.renluyen.security.Roles;

/** ADMIN: every account, its grants, password resets and blocking. */
@Route("quan-tri/tai-khoan")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:users")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final MemberDirectory directory;
    private final Grid<Account> grid = new Grid<>();

    AccountsView(AccountService accounts, MemberDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
        setSizeFull();
        Button create = new Button(getTranslation("accounts.create"), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("accounts.title")), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        grid.addComponentColumn(a -> TwoLineCell.of(a.getUsername(), a.getDisplayName()
                + (a.isEnabled() ? "" : " · " + getTranslation("accounts.disabled"))))
                .setHeader(getTranslation("accounts.account")).setFlexGrow(2);
        grid.addColumn(this::grantsText).setHeader(getTranslation("accounts.grants")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private String grantsText(Account account) {
        return account.getGrants().stream().map(this::grantText).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private String grantText(Grant grant) {
        String role = getTranslation(grant.getRole().translationKey());
        return grant.getOrganizationId() == null ? role
                : role + " (" + directory.organizationName(grant.getOrganizationId()).orElse("?") + ")";
    }

    /** One compact menu per row, so the actions stay reachable on a phone. */
    private MenuBar actions(Account account) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("accounts.actions") + ": " + account.getUsername());
        root.getSubMenu().addItem(getTranslation("accounts.manageGrants"), click -> openGrants(account));
        root.getSubMenu().addItem(getTranslation("accounts.resetPassword"), click -> resetPassword(account));
        root.getSubMenu().addItem(getTranslation("accounts.resetTwoFactor"), click -> run(() -> {
            accounts.resetTwoFactor(account.getId());
            Notifications.success(getTranslation("accounts.twoFactorReset", account.getUsername()));
        }));
        root.getSubMenu().addItem(getTranslation(account.isEnabled() ? "accounts.disable" : "accounts.enable"),
                click -> run(() -> accounts.setEnabled(account.getId(), !account.isEnabled())));
        return menu;
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("accounts.create"));
        TextField username = new TextField(getTranslation("accounts.username"));
        TextField displayName = new TextField(getTranslation("accounts.displayName"));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules"));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                accounts.createStaffAccount(username.getValue(), displayName.getValue(), password.getValue());
                dialog.close();
                refresh();
                Notifications.success(getTranslation("accounts.created"));
            } catch (AccountProblem problem) {
                Notifications.error(getTranslation(problem.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout body = new VerticalLayout(username, displayName, password);
        body.setPadding(false);
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openGrants(Account account) {
        Dialog dialog = new Dialog(getTranslation("accounts.manageGrants") + ": " + account.getUsername());
        VerticalLayout current = new VerticalLayout();
        current.setPadding(false);
        for (Grant grant : account.getGrants()) {
            Button revoke = new Button(getTranslation("accounts.revoke"), click -> run(() -> {
                accounts.revoke(account.getId(), grant.getRole(), grant.getOrganizationId());
                dialog.close();
            }));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout line = new HorizontalLayout(new Span(grantText(grant)), revoke);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            current.add(line);
        }
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Arrays.stream(Role.values()).filter(Role::grantable).toList());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        ComboBox<OrganizationChoice> organization = new ComboBox<>(getTranslation("accounts.organization"));
        organization.setItems(directory.organizations());
        organization.setItemLabelGenerator(o -> "\u00a0".repeat(o.depth() * 2) + o.name());
        organization.setVisible(false);
        organization.setWidthFull();
        role.addValueChangeListener(e -> organization.setVisible(e.getValue() == Role.SECRETARY));
        Button add = new Button(getTranslation("accounts.grant"), click -> {
            if (role.getValue() == null) {
                return;
            }
            run(() -> {
                accounts.grant(account.getId(), role.getValue(),
                        organization.getValue() == null ? null : organization.getValue().id());
                dialog.close();
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(current, role, organization);
        dialog.getFooter().add(new Button(getTranslation("common.close"), click -> dialog.close()), add);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    private void resetPassword(Account account) {
        try {
            String temporary = accounts.resetPassword(account.getId());
            TemporaryPasswordDialog.show(account.getUsername(), temporary);
            refresh();
        } catch (AccountProblem problem) {
            Notifications.error(getTranslation(problem.messageKey()));
        }
    }

    private void run(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (AccountProblem problem) {
            Notifications.error(getTranslation(problem.messageKey()));
        }
    }

    private void refresh() {
        grid.setItems(accounts.allAccounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
