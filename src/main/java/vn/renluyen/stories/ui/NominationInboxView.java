package vn.renluyen.stories.ui;

import com.vaadin.flow.component.UI;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.renluyen.base.UserFacingException;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.base.ui.Notifications;
import vn.renluyen.security.Roles;
import vn.renluyen.stories.Nomination;
import vn.renluyen.stories.NominationService;

/**
 * /bien-tap/de-cu: the nominations editors work from. Only what a profile needs is shown (name,
 * organization, reasons); "write the profile" starts a draft linked to the member and opens it.
 */
@Route("bien-tap/de-cu")
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
@Menu(title = "nav.nominationInbox", order = 62, icon = "vaadin:medal")
class NominationInboxView extends VerticalLayout implements HasDynamicTitle {

    private final NominationService nominations;
    private final Clock clock;
    private final Div list = new Div();

    NominationInboxView(NominationService nominations, Clock clock) {
        this.nominations = nominations;
        this.clock = clock;
        addClassName("nominations-view");
        list.addClassName("nomination-list");
        add(new H2(getTranslation("stories.inbox.title")), new Paragraph(getTranslation("stories.inbox.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var open = nominations.open();
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("stories.inbox.empty")));
        }
        open.forEach(n -> list.add(row(n)));
    }

    private Div row(Nomination n) {
        Span who = new Span(n.getMemberName());
        who.addClassName("nomination-name");
        Paragraph meta = new Paragraph(n.getOrganizationName() + " · " + getTranslation("stories.nomination.on",
                Dates.day(LocalDate.ofInstant(n.getNominatedAt(), clock.getZone()))));
        meta.addClassName("nomination-meta");
        Paragraph reasons = new Paragraph(n.getReasons());
        reasons.addClassName("nomination-reasons");
        Button write = new Button(getTranslation("stories.inbox.write"), click -> {
            try {
                var item = nominations.accept(n.getId());
                UI.getCurrent().navigate("bien-tap/" + item.getId());
            } catch (UserFacingException e) {
                Notifications.error(getTranslation(e.messageKey()));
                refresh();
            }
        });
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button decline = new Button(getTranslation("stories.inbox.decline"), click -> declineDialog(n).open());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(write, decline);
        actions.addClassName("nomination-actions");
        Div row = new Div(who, meta, reasons, actions);
        row.addClassName("nomination-row");
        return row;
    }

    private Dialog declineDialog(Nomination n) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("stories.inbox.declineTitle", n.getMemberName()));
        TextArea note = new TextArea(getTranslation("stories.inbox.declineNote"));
        note.setMaxLength(2000);
        note.setWidthFull();
        Button confirm = new Button(getTranslation("stories.inbox.decline"), click -> {
            try {
                nominations.decline(n.getId(), note.getValue());
                dialog.close();
                refresh();
            } catch (UserFacingException e) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(e.messageKey()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(100vw, 32rem)");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.inbox.title") + " · " + getTranslation("app.name");
    }
}
