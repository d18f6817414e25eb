package vn.renluyen.members;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.PortalI18nProvider;
import vn.renluyen.base.TableExport.Table;
import vn.renluyen.base.TableExport.Workbook;
import vn.renluyen.security.CurrentUser;
import vn.renluyen.security.PortalUser;

/**
 * The signed-in person's own data as one XLSX workbook (ASVS 8.3.2): their record as they see it, with the
 * protected part in clear since it is their own, status steps, plans and ratings, then each {@link OwnDataPart}
 * (learning, quiz attempts, confirmations, reflection papers). Only one's own: the member id comes from the
 * signed-in account, never from the request; anonymous users and accounts without a record get nothing. Each
 * download is one audit entry on the record, naming what was exported, never the values.
 */
@Service
public class OwnData {

    private final CurrentUser currentUser;
    private final MemberRecords records;
    private final MemberRepository members;
    private final SelfImprovementPlans plans;
    private final QualityRatings ratings;
    private final List<OwnDataPart> parts;
    private final AuditLog auditLog;
    private final PortalI18nProvider i18n;
    private final Clock clock;

    OwnData(CurrentUser currentUser, MemberRecords records, MemberRepository members, SelfImprovementPlans plans,
            QualityRatings ratings, List<OwnDataPart> parts, AuditLog auditLog, PortalI18nProvider i18n, Clock clock) {
        this.currentUser = currentUser;
        this.records = records;
        this.members = members;
        this.plans = plans;
        this.ratings = ratings;
        this.parts = parts.stream().sorted(Comparator.comparingInt(OwnDataPart::order)).toList();
        this.auditLog = auditLog;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Transactional
    public Workbook mine(Locale locale) {
        PortalUser me = currentUser.get().orElseThrow(() -> new AccessDeniedException("Own data needs a sign-in"));
        if (me.memberId() == null || !currentUser.isSelf(me.memberId())) {
            throw new AccessDeniedException("Account " + me.accountId() + " has no member record of its own");
        }
        long memberId = me.memberId();
        MemberRecord record = records.record(memberId);
        Member member = members.findById(memberId).orElseThrow(() -> new MemberProblem("member.error.notFound"));
        OwnDataPart.Labels labels = (key, params) -> i18n.getTranslation(key, locale, params);
        OwnDataPart.Owner owner = new OwnDataPart.Owner(me.accountId(), memberId, clock.getZone());
        List<Table> sheets = new ArrayList<>();
        sheets.add(recordSheet(record, member.sensitive(), labels));
        sheets.add(historySheet(record, labels));
        sheets.add(plansSheet(memberId, labels, owner));
        sheets.add(ratingsSheet(memberId, labels));
        parts.forEach(part -> sheets.addAll(part.tables(owner, labels)));
        auditLog.record("member.ownDataExported", MemberService.AUDIT_TYPE, memberId, null,
                "tải dữ liệu của mình: " + sheets.size() + " bảng, có thông tin cần bảo vệ");
        return new Workbook(labels.getTranslation("mydata.fileTitle", record.fullName()), sheets);
    }

    private static Table recordSheet(MemberRecord record, SensitiveDetails s, OwnDataPart.Labels labels) {
        MemberDetails d = record.details();
        List<List<Object>> rows = new ArrayList<>();
        field(rows, labels, "member.field.familyMiddleName", d.familyMiddleName());
        field(rows, labels, "member.field.givenName", d.givenName());
        field(rows, labels, "member.field.birthDate", d.birthDate());
        field(rows, labels, "member.field.sex", d.sex() == null ? null : labels.getTranslation(d.sex().translationKey()));
        field(rows, labels, "member.field.hometown", d.hometown());
        field(rows, labels, "member.field.education", d.education());
        field(rows, labels, "member.field.occupation", d.occupation());
        field(rows, labels, "member.field.partyCard", d.partyCardNumber());
        field(rows, labels, "mydata.field.organization", record.organizationName());
        field(rows, labels, "mydata.field.status", labels.getTranslation(record.status().translationKey()));
        field(rows, labels, "member.field.admissionDate", record.admissionDate());
        field(rows, labels, "member.field.ceremonyDate", record.ceremonyDate());
        field(rows, labels, "member.field.probationEnd", record.probationEnd());
        field(rows, labels, "member.field.officialDate", record.officialDate());
        field(rows, labels, "mydata.field.transferredOutOn", record.transferredOutOn());
        field(rows, labels, "mydata.field.transferredOutTo", record.transferredOutTo());
        field(rows, labels, "member.field.citizenId", s.citizenId());
        field(rows, labels, "member.field.phone", s.phone());
        field(rows, labels, "member.field.ethnicity", s.ethnicity());
        field(rows, labels, "member.field.religion", s.religion());
        field(rows, labels, "member.field.healthNotes", s.healthNotes());
        return new Table(labels.getTranslation("mydata.sheet.record"),
                List.of(labels.getTranslation("mydata.column.item"), labels.getTranslation("mydata.column.value")),
                rows);
    }

    private static void field(List<List<Object>> rows, OwnDataPart.Labels labels, String key, Object value) {
        rows.add(Arrays.asList(labels.getTranslation(key), value));
    }

    private static Table historySheet(MemberRecord record, OwnDataPart.Labels labels) {
        List<List<Object>> rows = record.history().stream().map(step -> Arrays.<Object>asList(step.effectiveOn(),
                labels.getTranslation(step.kind().translationKey()), labels.getTranslation(step.status().translationKey()),
                step.decisionNumber(), step.reason())).toList();
        return new Table(labels.getTranslation("member.record.history"), labels.headers("member.step.effectiveOn",
                "member.step.label", "mydata.field.status", "member.step.decisionNumber", "member.step.reason"), rows);
    }

    private Table plansSheet(long memberId, OwnDataPart.Labels labels, OwnDataPart.Owner owner) {
        List<List<Object>> rows = plans.history(memberId).stream().map(plan -> Arrays.<Object>asList(plan.getYear(),
                labels.getTranslation(plan.getStatus().translationKey()), plan.text().politicalStudy(),
                plan.text().work(), plan.text().ethics(), plan.text().cellTasks(), plan.getSelfReview(),
                plan.getReviewComment(), owner.time(plan.getSubmittedAt()))).toList();
        return new Table(labels.getTranslation("mydata.sheet.plans"), labels.headers("mydata.column.year",
                "mydata.field.status", "plan.part.politicalStudy", "plan.part.work", "plan.part.ethics",
                "plan.part.cellTasks", "plan.selfReview", "mydata.column.comment", "mydata.column.submittedAt"),
                rows);
    }

    private Table ratingsSheet(long memberId, OwnDataPart.Labels labels) {
        List<List<Object>> rows = ratings.history(memberId).stream().map(r -> Arrays.<Object>asList(r.getYear(),
                r.selfScore() == null ? null : r.selfScore().total(), r.getSelfNote(),
                r.proposedScore() == null ? null : r.proposedScore().total(),
                r.getProposedBand() == null ? null : labels.getTranslation(r.getProposedBand().translationKey()),
                r.getDecidedBand() == null ? null : labels.getTranslation(r.getDecidedBand().translationKey()),
                r.getDecisionNumber())).toList();
        return new Table(labels.getTranslation("mydata.sheet.ratings"), labels.headers("mydata.column.year",
                "mydata.column.selfScore", "mydata.column.selfNote", "mydata.column.proposedScore",
                "mydata.column.proposedBand", "mydata.column.decidedBand", "mydata.column.decisionNumber"), rows);
    }
}
