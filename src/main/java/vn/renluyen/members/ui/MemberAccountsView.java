package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.base.ui.TemporaryPasswordDialog;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Account;
import vn.renluyen.security.AccountProblem;
import vn.renluyen.security.AccountService;
import vn.renluyen.security.Roles;

/** A secretary gives the members of their organization accounts and resets forgotten passwords. */
@Route("chi-bo/tai-khoan")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.memberAccounts", order = 50, icon = "vaadin:user-card")
class MemberAccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MemberService members;
    private final AccountService accounts;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final Grid<Member> grid = new Grid<>();
    private Map<Long, Account> accountByMember = Map.of();

    MemberAccountsView(OrganizationService organizations, MemberService members, AccountService accounts) {
        this.members = members;
        this.accounts = accounts;
        setSizeFull();
        organization.setLabel(getTranslation("members.organization"));
        List<Organization> choices = organizations.manageable();
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setWidth("min(100%, 36rem)");
        organization.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(m -> TwoLineCell.of(m.getFamilyMiddleName() + " " + m.getGivenName(),
                        getTranslation("members.born", DATE.format(m.getBirthDate())) + " · "
                                + getTranslation(m.getStatus().translationKey())))
                .setHeader(getTranslation("members.member")).setFlexGrow(3);
        grid.addComponentColumn(this::accountCell).setHeader(getTranslation("accounts.account")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();

        add(new H2(getTranslation("members.accounts.title")), new Paragraph(getTranslation("members.accounts.intro")),
                organization, grid);
        if (!choices.isEmpty()) {
            organization.setValue(choices.getFirst());
        }
    }

    private java.util.Optional<Account> accountOf(Member member) {
        return java.util.Optional.ofNullable(accountByMember.get(member.getId()));
    }

    /** The user name (if any) with the one action that fits: give an account, or reset its password. */
    private Div accountCell(Member member) {
        Span username = new Span(accountOf(member).map(Account::getUsername).orElse("—"));
        username.addClassName("cell-primary");
        Div cell = new Div(username, action(member));
        cell.addClassName("account-cell");
        return cell;
    }

    private Button action(Member member) {
        Button button = accountOf(member)
                .map(account -> new Button(getTranslation("accounts.resetPassword"), click -> reset(account)))
                .orElseGet(() -> new Button(getTranslation("members.accounts.create"), click -> create(member)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void create(Member member) {
        Dialog dialog = new Dialog(getTranslation("members.accounts.create") + ": " + member.getFamilyMiddleName()
                + " " + member.getGivenName());
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.rules"));
        username.setWidthFull();
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                String temporary = accounts.createMemberAccount(member.getId(), username.getValue());
                dialog.close();
                refresh();
                TemporaryPasswordDialog.show(username.getValue().strip().toLowerCase(), temporary);
            } catch (AccountProblem problem) {
                username.setErrorMessage(getTranslation(problem.messageKey()));
                username.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(username);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
    }

    private void reset(Account account) {
        try {
            TemporaryPasswordDialog.show(account.getUsername(), accounts.resetPassword(account.getId()));
        } catch (AccountProblem problem) {
            Notifications.error(getTranslation(problem.messageKey()));
        }
    }

    private void refresh() {
        if (organization.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        List<Member> list = members.inSubtree(organization.getValue().getId());
        accountByMember = accounts.accountsOfMembers(list.stream().map(Member::getId).toList()).stream()
                .collect(Collectors.toMap(Account::getMemberId, Function.identity()));
        grid.setItems(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.accounts.title") + " · " + getTranslation("app.name");
    }
}
