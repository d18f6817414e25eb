package vn.renluyen.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.renluyen.members.Member;

/**
 * The checks at the cell's vote (numbers in {@link AdmissionRules}): the age counted at the vote date, and an
 * awareness-course certificate issued by then and still valid on that day. Also the warnings a file shows
 * before the vote: a certificate already expired, or checks that would fail at the planned vote.
 */
@Component
class VoteChecks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AdmissionRules rules;
    private final Certificates certificates;
    private final Clock clock;

    VoteChecks(AdmissionRules rules, Certificates certificates, Clock clock) {
        this.rules = rules;
        this.certificates = certificates;
        this.clock = clock;
    }

    List<Finding> at(Member member, LocalDate vote) {
        List<Finding> findings = new ArrayList<>();
        LocalDate from = member.getBirthDate().plusYears(rules.minAge());
        LocalDate until = member.getBirthDate().plusYears(rules.maxAge());
        if (vote.isBefore(from)) {
            findings.add(new Finding(EligibilityRule.AGE, "admission.eligibility.tooYoung", rules.minAge(), day(from)));
        } else if (vote.isAfter(until)) {
            findings.add(new Finding(EligibilityRule.AGE, "admission.eligibility.tooOld", rules.maxAge(), day(until)));
        }
        Optional<Certificate> awareness = certificates.find(member.getId(), CertificateKind.AWARENESS_COURSE);
        if (awareness.isEmpty()) {
            findings.add(new Finding(EligibilityRule.AWARENESS_CERTIFICATE, "admission.eligibility.noCertificate"));
        } else if (awareness.get().getIssuedOn().isAfter(vote)) {
            findings.add(new Finding(EligibilityRule.AWARENESS_CERTIFICATE, "admission.eligibility.certificateLater",
                    day(awareness.get().getIssuedOn())));
        } else if (vote.isAfter(certificates.validThrough(awareness.get()))) {
            findings.add(new Finding(EligibilityRule.AWARENESS_CERTIFICATE, "admission.eligibility.certificateExpired",
                    day(certificates.validThrough(awareness.get())), rules.awarenessCertificateValidity().toTotalMonths()));
        }
        return findings;
    }

    /** Before the vote is recorded: the certificate expired already, or what would fail at the planned vote. */
    List<Finding> warnings(CandidateFile file) {
        if (file.stage(Stage.CELL_RESOLUTION).isPresent()) {
            return List.of();
        }
        List<Finding> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        certificates.find(file.getMember().getId(), CertificateKind.AWARENESS_COURSE)
                .map(certificates::validThrough).filter(today::isAfter)
                .ifPresent(last -> warnings.add(new Finding(EligibilityRule.AWARENESS_CERTIFICATE,
                        "admission.warning.certificateExpired", day(last))));
        if (file.getPlannedVoteOn() != null && !file.getPlannedVoteOn().isBefore(today)) {
            at(file.getMember(), file.getPlannedVoteOn()).forEach(f -> warnings.add(new Finding(f.rule(),
                    "admission.warning.atPlannedVote", day(file.getPlannedVoteOn()), f)));
        }
        return warnings;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
