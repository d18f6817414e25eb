package vn.renluyen.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.WorkingDays;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.MemberStatuses;
import vn.renluyen.members.MembershipRules;
import vn.renluyen.members.OrganizationService;

/**
 * Probationary members (đảng viên dự bị): the 12 months from the ceremony, the reminder when the certificate
 * of the new-member course is still missing after 9 months, the members due for recognition and the deadline
 * the cell has for it (working days after the end of the probation, {@link MembershipRules}). Recognition
 * records the cell's resolution and the committee's decision and makes the member official through
 * {@link MemberStatuses#recognize}; it is the committee's act, recorded by the parent organization's chain.
 */
@Service
public class Probations {

    static final String AUDIT_TYPE = "probation_recognition";

    private final AdmissionScope scope;
    private final OrganizationService organizations;
    private final CertificateRepository certificates;
    private final ProbationRecognitionRepository recognitions;
    private final MemberStatuses statuses;
    private final MembershipRules membership;
    private final AdmissionRules rules;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    Probations(AdmissionScope scope, OrganizationService organizations, CertificateRepository certificates,
            ProbationRecognitionRepository recognitions, MemberStatuses statuses, MembershipRules membership,
            AdmissionRules rules, WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.scope = scope;
        this.organizations = organizations;
        this.certificates = certificates;
        this.recognitions = recognitions;
        this.statuses = statuses;
        this.membership = membership;
        this.rules = rules;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One probationary member. {@code end} is the first day after the 12 months (recognition may take effect
     * from then); {@code deadline} the last day of the working days the cell has from {@code end} on.
     */
    public record Line(long memberId, String fullName, String organizationName, LocalDate ceremony, LocalDate end,
            long daysLeft, boolean certificateMissing, boolean warning, boolean due, LocalDate deadline,
            boolean overdue, boolean mayRecognize) {
    }

    @Transactional(readOnly = true)
    public List<Line> inSubtree(long organizationId) {
        String path = organizations.get(organizationId).getPath();
        List<Member> members = scope.inSubtree(path, MemberStatus.PROBATIONARY).stream()
                .filter(m -> m.getCeremonyDate() != null).toList();
        Set<Long> certified = certificates.findByMemberIdInAndKind(members.stream().map(Member::getId).toList(),
                CertificateKind.NEW_MEMBER_COURSE).stream().map(Certificate::getMemberId).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        return members.stream().map(m -> line(m, !certified.contains(m.getId()), today)).toList();
    }

    /** The members whose 12 months are over and who are not recognized yet, most urgent first. */
    @Transactional(readOnly = true)
    public List<Line> due(long organizationId) {
        return inSubtree(organizationId).stream().filter(Line::due)
                .sorted(java.util.Comparator.comparing(Line::deadline)).toList();
    }

    @Transactional
    public void recognize(long memberId, String cellResolutionNumber, LocalDate cellResolutionDate,
            String decisionNumber, LocalDate officialOn, String note) {
        Member member = scope.member(memberId);
        scope.requireCommittee(member);
        if (member.getStatus() != MemberStatus.PROBATIONARY || member.getCeremonyDate() == null) {
            throw new AdmissionProblem("admission.recognition.notProbationary");
        }
        String cellNumber = AdmissionScope.required(cellResolutionNumber, "admission.recognition.cellResolutionRequired",
                AdmissionScope.MAX_NUMBER);
        String decision = AdmissionScope.required(decisionNumber, "admission.recognition.decisionRequired",
                AdmissionScope.MAX_NUMBER);
        String cleanNote = AdmissionScope.optional(note, AdmissionScope.MAX_TEXT);
        LocalDate today = LocalDate.now(clock);
        AdmissionScope.pastDate(cellResolutionDate, today);
        AdmissionScope.pastDate(officialOn, today);
        LocalDate end = statuses.probationEnd(member);
        if (cellResolutionDate.isBefore(end)) {
            throw new AdmissionProblem("admission.recognition.cellTooEarly", end);
        }
        statuses.recognize(memberId, decision, officialOn, cleanNote);
        recognitions.save(new ProbationRecognition(memberId, cellNumber, cellResolutionDate, decision, officialOn,
                cleanNote, scope.actor(), clock.instant()));
        audit.record("admission.recognized", AUDIT_TYPE, memberId, null, "nghị quyết chi bộ " + cellNumber + " ngày "
                + cellResolutionDate + ", quyết định " + decision + ", chính thức từ " + officialOn);
    }

    private Line line(Member m, boolean certificateMissing, LocalDate today) {
        LocalDate end = statuses.probationEnd(m);
        LocalDate deadline = workingDays.after(end.minusDays(1), membership.recognitionWorkingDays());
        boolean warningDue = !today.isBefore(m.getCeremonyDate().plus(rules.newMemberCertificateWarning()));
        boolean due = !today.isBefore(end);
        return new Line(m.getId(), m.getFullName(), m.getOrganization().getName(), m.getCeremonyDate(), end,
                Math.max(0, ChronoUnit.DAYS.between(today, end)), certificateMissing, warningDue && certificateMissing,
                due, deadline, today.isAfter(deadline), scope.mayActForCommittee(m));
    }
}
