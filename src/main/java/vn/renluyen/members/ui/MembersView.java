package vn.renluyen.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.renluyen.base.Texts;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.TwoLineCell;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.members.Transfers;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/dang-vien: the member records of the secretary's subtree (any for ADMIN), filtered by name
 * with or without diacritics and by status; a row opens the record.
 */
@Route("chi-bo/dang-vien")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.members", order = 49, icon = "vaadin:users")
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final TextField name = new TextField();
    private final ComboBox<MemberStatus> status = new ComboBox<>();
    private final Grid<Member> grid = new Grid<>();
    private List<Member> all = List.of();

    private final Transfers transfers;
    private final Div incoming = new Div();

    MembersView(OrganizationService organizations, MemberService members, Transfers transfers) {
        this.members = members;
        this.transfers = transfers;
        addClassName("members-view");
        setSizeFull();
        List<Organization> choices = organizations.manageable();
        organization.setLabel(getTranslation("members.organization"));
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setWidth("min(100%, 30rem)");
        organization.addValueChangeListener(e -> load());
        name.setLabel(getTranslation("members.list.name"));
        name.setPlaceholder(getTranslation("members.list.namePlaceholder"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> filter());
        status.setLabel(getTranslation("members.list.status"));
        status.setPlaceholder(getTranslation("members.list.allStatuses"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> filter());
        Button add = new Button(getTranslation("member.new.title"), click -> new NewMemberDialog(members, choices,
                organization.getValue(), id -> getUI().ifPresent(ui -> ui.navigate(MemberRecordView.class,
                        new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id))))).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(!choices.isEmpty());
        Button transfer = new Button(getTranslation("members.list.importExport"),
                click -> getUI().ifPresent(ui -> ui.navigate(MemberImportView.class)));
        transfer.setEnabled(!choices.isEmpty());
        FlexLayout filters = new FlexLayout(organization, name, status, add, transfer);
        filters.addClassName("members-filters");

        grid.addComponentColumn(m -> TwoLineCell.of(m.getFullName(), getTranslation("members.born",
                        Dates.day(m.getBirthDate())) + " · " + m.getOrganization().getName()))
                .setHeader(getTranslation("members.member")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.getStatus().translationKey()))
                .setHeader(getTranslation("members.list.status")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MemberRecordView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().getId())))));
        grid.setSizeFull();
        incoming.addClassName("member-record-section");
        add(new H2(getTranslation("members.list.title")), incoming, filters, grid);
        showIncoming();
        if (!choices.isEmpty()) {
            organization.setValue(choices.getFirst());
        }
    }

    /** Letters addressed to the user's organizations: the receiving side cannot open those records yet. */
    private void showIncoming() {
        incoming.removeAll();
        List<Transfers.TransferLine> waiting = transfers.pendingInScope().stream()
                .filter(Transfers.TransferLine::mayReceive).toList();
        incoming.setVisible(!waiting.isEmpty());
        if (!waiting.isEmpty()) {
            incoming.add(new H3(getTranslation("transfer.incoming")));
            waiting.forEach(line -> incoming.add(TransferLines.row(line, transfers, () -> {
                showIncoming();
                load();
            })));
        }
    }

    private void load() {
        all = organization.getValue() == null ? List.of() : members.inSubtree(organization.getValue().getId());
        filter();
    }

    /** "nguyen van an", "Nguyễn Văn An" and "an" find the same person. */
    private void filter() {
        String wanted = Texts.withoutMarks(Texts.nfc(name.getValue().strip())).toLowerCase();
        grid.setItems(all.stream()
                .filter(m -> status.getValue() == null || m.getStatus() == status.getValue())
                .filter(m -> wanted.isEmpty() || Texts.withoutMarks(m.getFullName()).toLowerCase().contains(wanted))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.list.title") + " · " + getTranslation("app.name");
    }
}
