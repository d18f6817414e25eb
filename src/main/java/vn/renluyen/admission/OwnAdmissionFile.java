package vn.renluyen.admission;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.members.OwnDataPart;

/**
 * The holder's own admission file for "Tải dữ liệu của tôi", as their record shows it to them: the certificates
 * recorded and the stages done with their dates. Nothing when the portal holds neither.
 */
@Component
class OwnAdmissionFile implements OwnDataPart {

    private final CandidateFiles files;
    private final Certificates certificates;

    OwnAdmissionFile(CandidateFiles files, Certificates certificates) {
        this.files = files;
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Table> tables(Owner owner, Labels labels) {
        List<Certificates.Line> recorded = certificates.ofMember(owner.memberId());
        CandidateFiles.FileView file = files.file(owner.memberId());
        if (recorded.isEmpty() && !file.opened()) {
            return List.of();
        }
        List<List<Object>> stages = file.stages().stream().map(stage -> Arrays.<Object>asList(
                labels.getTranslation(stage.stage().translationKey()), stage.doneOn())).toList();
        List<List<Object>> rows = recorded.stream().map(c -> Arrays.<Object>asList(
                labels.getTranslation(c.kind().translationKey()), c.number(), c.issuer(), c.issuedOn(),
                c.validThrough())).toList();
        return List.of(
                new Table(labels.getTranslation("mydata.sheet.admission"),
                        labels.headers("mydata.column.stage", "mydata.column.doneOn"), stages),
                new Table(labels.getTranslation("mydata.sheet.certificates"), labels.headers("mydata.column.certificate",
                        "mydata.column.number", "mydata.column.issuer", "mydata.column.issuedOn",
                        "mydata.column.validThrough"), rows));
    }
}
