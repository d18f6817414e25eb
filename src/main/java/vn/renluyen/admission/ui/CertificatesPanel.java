package vn.renluyen.admission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import vn.renluyen.admission.CertificateKind;
import vn.renluyen.admission.Certificates;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.base.ui.Dates;
import vn.renluyen.completion.CompletionConfirmation;
import vn.renluyen.completion.Confirmations;

/**
 * The official certificates as recorded, each with its "record" button, and beside them the portal's own
 * online-completion confirmations, marked as supporting evidence: they never stand for a certificate.
 */
class CertificatesPanel extends Div {

    CertificatesPanel(Certificates certificates, Confirmations confirmations, long memberId, Runnable changed) {
        addClassName("member-record-section");
        add(new H3(getTranslation("admission.certificates")));
        List<Certificates.Line> recorded = certificates.ofMember(memberId);
        for (CertificateKind kind : CertificateKind.values()) {
            Optional<Certificates.Line> line = recorded.stream().filter(c -> c.kind() == kind).findFirst();
            Div row = certificateRow(kind, line, true);
            Button record = new Button(getTranslation(line.isPresent() ? "admission.certificate.correct"
                    : "admission.certificate.record"), click -> new CertificateDialog(certificates, memberId, kind,
                    line.orElse(null), changed).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            record.getElement().setAttribute("aria-label", getTranslation(line.isPresent()
                    ? "admission.certificate.correct" : "admission.certificate.record") + ": "
                    + getTranslation(kind.translationKey()));
            row.add(record);
            add(row);
        }
        List<CompletionConfirmation> online = confirmations.ofMember(memberId);
        if (!online.isEmpty()) {
            Div evidence = new Div(new Span(getTranslation("admission.evidence")));
            evidence.addClassName("admission-evidence");
            online.forEach(c -> {
                Anchor link = new Anchor("xac-minh/" + c.getCode(), c.getCourseTitle());
                Span state = new Span(c.isRevoked() ? getTranslation("member.section.revoked")
                        : getTranslation("member.section.issued", Dates.day(c.getCompletedOn())));
                state.addClassName("cell-secondary");
                Div item = new Div(link, new Span(" "), state);
                item.addClassName("admission-evidence-item");
                evidence.add(item);
            });
            add(evidence);
        }
    }

    static Div certificateRow(CertificateKind kind, Optional<Certificates.Line> line, boolean withScan) {
        Div row = new Div();
        row.addClassName("admission-certificate");
        Span name = new Span(row.getTranslation(kind.translationKey()));
        name.addClassName("cell-primary");
        Span detail = new Span(line.map(c -> row.getTranslation("admission.certificate.detail", c.number(), c.issuer(),
                Dates.day(c.issuedOn())) + (c.validThrough() == null ? ""
                : " · " + row.getTranslation("admission.certificate.validThrough", Dates.day(c.validThrough()))))
                .orElse(row.getTranslation("admission.certificate.none")));
        detail.addClassName("cell-secondary");
        Div text = new Div(name, detail);
        text.addClassName("two-line-cell");
        row.add(text);
        line.map(Certificates.Line::scan).filter(scan -> withScan).ifPresent(scan -> row.add(scanLink(row, scan)));
        return row;
    }

    static Anchor scanLink(Div in, StoredMedia scan) {
        Anchor link = new Anchor(scan.url(StoredMedia.ORIGINAL), in.getTranslation("admission.document.open",
                scan.originalName()));
        link.setTarget("_blank");
        return link;
    }
}
