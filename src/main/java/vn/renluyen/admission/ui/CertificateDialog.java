package vn.renluyen.admission.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.renluyen.admission.CertificateKind;
import vn.renluyen.admission.Certificates;
import vn.renluyen.base.ui.DatePickers;
import vn.renluyen.admission.Upload;
import vn.renluyen.base.ui.PdfPicker;

/** Records an official certificate from the paper (number, issuer, date, scan); it is never issued here. */
class CertificateDialog extends AdmissionDialog {

    private final Certificates certificates;
    private final long memberId;
    private final CertificateKind kind;
    private final TextField number = new TextField();
    private final TextField issuer = new TextField();
    private final DatePicker issuedOn = DatePickers.of("");
    private final PdfPicker scan = new PdfPicker(1);

    CertificateDialog(Certificates certificates, long memberId, CertificateKind kind, Certificates.Line current,
            Runnable saved) {
        super(null, saved);
        this.certificates = certificates;
        this.memberId = memberId;
        this.kind = kind;
        setHeaderTitle(getTranslation(kind.translationKey()));
        Paragraph hint = new Paragraph(getTranslation("admission.certificate.hint"));
        hint.addClassName("cell-secondary");
        number.setLabel(getTranslation("admission.certificate.number"));
        number.setMaxLength(60);
        issuer.setLabel(getTranslation("admission.certificate.issuer"));
        issuer.setMaxLength(255);
        issuedOn.setLabel(getTranslation("admission.certificate.issuedOn"));
        if (current != null) {
            number.setValue(current.number());
            issuer.setValue(current.issuer());
            issuedOn.setValue(current.issuedOn());
        }
        wide(hint);
        form.add(number, issuedOn);
        wide(issuer);
        wide(scan);
    }

    @Override
    protected void apply() {
        certificates.record(memberId, kind, number.getValue(), issuer.getValue(), issuedOn.getValue(),
                scan.first() == null ? null : new Upload(scan.first().fileName(), scan.first().bytes()));
    }
}
