package vn.renluyen.stories.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberService;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.security.Roles;
import vn.renluyen.stories.ConsentService;
import vn.renluyen.stories.NominationService;
import vn.renluyen.stories.NominationService.Followed;
import vn.renluyen.stories.NominationStatus;

/**
 * /chi-bo/de-cu: a secretary nominates a member of their subtree as an exemplary member, follows
 * the nominations, and records the member's consent that a public profile needs.
 */
@Route("chi-bo/de-cu")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
@Menu(title = "nav.nominations", order = 55, icon = "vaadin:medal")
class NominationsView extends VerticalLayout implements HasDynamicTitle {

    private final NominationService nominations;
    private final ConsentService consents;
    private final MemberService members;
    private final Clock clock;
    private final ComboBox<Organization> organization = new ComboBox<>();
    private final ComboBox<Member> member = new ComboBox<>();
    private final TextArea reasons = new TextArea();
    private final Div followed = new Div();

    NominationsView(NominationService nominations, ConsentService consents, MemberService members,
            OrganizationService organizations, Clock clock) {
        this.nominations = nominations;
        this.consents = consents;
        this.members = members;
        this.clock = clock;
        addClassName("nominations-view");
        organization.setLabel(getTranslation("members.organization"));
        List<Organization> choices = organizations.manageable();
        organization.setItems(choices);
        organization.setItemLabelGenerator(Organization::getName);
        organization.setWidth("min(100%, 36rem)");
        organization.addValueChangeListener(e -> member.setItems(e.getValue() == null ? List.of()
                : members.inSubtree(e.getValue().getId())));
        member.setLabel(getTranslation("members.member"));
        member.setItemLabelGenerator(Member::getFullName);
        member.setWidth("min(100%, 36rem)");
        reasons.setLabel(getTranslation("stories.nomination.reasons"));
        reasons.setHelperText(getTranslation("stories.nomination.reasonsHelp", NominationService.MIN_REASONS));
        reasons.setMaxLength(NominationService.MAX_REASONS);
        reasons.setWidthFull();
        reasons.setMinHeight("8rem");
        Button send = new Button(getTranslation("stories.nomination.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        followed.addClassName("nomination-list");
        add(new H2(getTranslation("stories.nomination.title")), new Paragraph(getTranslation("stories.nomination.intro")),
                organization, member, reasons, send, new H3(getTranslation("stories.nomination.followed")), followed);
        if (!choices.isEmpty()) {
            organization.setValue(choices.getFirst());
        }
        refresh();
    }

    private void send() {
        if (member.getValue() == null) {
            member.setInvalid(true);
            member.setErrorMessage(getTranslation("stories.nomination.pickMember"));
            return;
        }
        try {
            nominations.nominate(member.getValue().getId(), reasons.getValue());
            Notifications.success(getTranslation("stories.nomination.sent"));
            reasons.clear();
            member.clear();
            refresh();
        } catch (UserFacingException e) {
            reasons.setInvalid(true);
            reasons.setErrorMessage(getTranslation(e.messageKey(), NominationService.MIN_REASONS));
        }
    }

    private void refresh() {
        followed.removeAll();
        List<Followed> list = nominations.followed();
        if (list.isEmpty()) {
            followed.add(new Paragraph(getTranslation("stories.nomination.noneYet")));
        }
        list.forEach(f -> followed.add(row(f)));
    }

    private Div row(Followed f) {
        var n = f.nomination();
        String status = f.published() ? getTranslation("stories.nomination.status.published")
                : getTranslation(n.getStatus().translationKey());
        Span state = new Span(status);
        state.addClassName("state-badge");
        Span who = new Span(n.getMemberName());
        who.addClassName("nomination-name");
        Paragraph meta = new Paragraph(n.getOrganizationName() + " · " + getTranslation("stories.nomination.on",
                Dates.day(LocalDate.ofInstant(n.getNominatedAt(), clock.getZone()))));
        meta.addClassName("nomination-meta");
        Div row = new Div(who, state, meta);
        if (n.getStatus() == NominationStatus.DECLINED && n.getDecisionNote() != null) {
            row.add(new Paragraph(getTranslation("stories.nomination.note", n.getDecisionNote())));
        }
        if (n.getStatus() == NominationStatus.ACCEPTED) {
            boolean given = consents.given(n.getMemberId());
            Paragraph consent = new Paragraph(getTranslation(given ? "stories.consent.given" : "stories.consent.missing"));
            Button record = new Button(getTranslation(given ? "stories.consent.withdraw" : "stories.consent.record"),
                    click -> {
                        if (given) {
                            consents.withdraw(n.getMemberId());
                            refresh();
                        } else {
                            consentDialog(n.getMemberId(), n.getMemberName()).open();
                        }
                    });
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(consent, record);
        }
        row.addClassName("nomination-row");
        return row;
    }

    private Dialog consentDialog(long memberId, String name) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("stories.consent.title", name));
        DatePicker givenOn = DatePickers.of(getTranslation("stories.consent.givenOn"));
        givenOn.setValue(LocalDate.now(clock));
        givenOn.setMax(LocalDate.now(clock));
        TextField evidence = new TextField(getTranslation("stories.consent.evidence"));
        evidence.setHelperText(getTranslation("stories.consent.evidenceHelp"));
        evidence.setMaxLength(500);
        evidence.setWidthFull();
        Button save = new Button(getTranslation("stories.consent.save"), click -> {
            try {
                consents.record(memberId, givenOn.getValue(), evidence.getValue());
                dialog.close();
                Notifications.success(getTranslation("stories.consent.saved"));
                refresh();
            } catch (UserFacingException e) {
                evidence.setInvalid(true);
                evidence.setErrorMessage(getTranslation(e.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("stories.consent.explain")), givenOn, evidence);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(100vw, 32rem)");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.nomination.title") + " · " + getTranslation("app.name");
    }
}
