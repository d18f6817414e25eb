package vn.renluyen.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import vn.renluyen.admission.AdmissionProblem;
import vn.renluyen.admission.CandidateFiles;
import vn.renluyen.admission.Certificates;
import vn.renluyen.admission.StageRecorder;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.security.Roles;

/**
 * /chi-bo/ket-nap/{member}: one candidate's admission file: warnings, the official certificates with the
 * portal's online confirmations beside them, the helpers, the stages recorded and the next stage's form.
 * A member outside the user's scope is answered exactly like one that does not exist.
 */
@Route("chi-bo/ket-nap/:member")
@RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
class CandidateFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateFiles files;
    private final StageRecorder recorder;
    private final Certificates certificates;
    private final Confirmations confirmations;
    private long memberId;
    private String title = "";

    CandidateFileView(CandidateFiles files, StageRecorder recorder, Certificates certificates,
            Confirmations confirmations) {
        this.files = files;
        this.recorder = recorder;
        this.certificates = certificates;
        this.confirmations = confirmations;
        addClassName("admission-file-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            memberId = Long.parseLong(event.getRouteParameters().get("member").orElse(""));
            title = files.file(memberId).fullName();
        } catch (NumberFormatException | AccessDeniedException | AdmissionProblem unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    void refresh() {
        CandidateFiles.FileView file = files.file(memberId);
        removeAll();
        add(new RouterLink("← " + getTranslation("admission.title"), AdmissionView.class), new H2(file.fullName()));
        Span facts = new Span(getTranslation("members.born", Dates.day(file.birthDate())) + " · "
                + file.organizationName() + " · " + getTranslation(file.status().translationKey()));
        facts.addClassName("cell-secondary");
        add(facts);
        file.warnings().forEach(w -> {
            Div warning = new Div(new Span(FindingText.of(this, w)));
            warning.addClassName("admission-warning");
            warning.getElement().setAttribute("role", "status");
            add(warning);
        });
        add(new CertificatesPanel(certificates, confirmations, memberId, this::refresh));
        if (!file.opened()) {
            Paragraph none = new Paragraph(getTranslation("admission.file.notOpenedText"));
            Button open = new Button(getTranslation("admission.file.open"), click -> {
                files.open(memberId);
                refresh();
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setEnabled(file.status() == vn.renluyen.members.MemberStatus.CANDIDATE);
            add(none, open);
            return;
        }
        add(new HelpersPanel(files, file, this::refresh), new StagesPanel(files, recorder, file, this::refresh));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
