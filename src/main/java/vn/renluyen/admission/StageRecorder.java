package vn.renluyen.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaService;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberStatuses;

/**
 * Records the stages of an admission file in order: none before the previous ones, dates never going back
 * and never in the future. The awareness-course stage needs the official certificate recorded (an online
 * confirmation is not enough); the cell's vote runs the eligibility checks, which refuse unless a justified
 * override is given (recorded and audited); the committee's stages belong to the parent organization's chain;
 * the ceremony admits the candidate through {@link MemberStatuses#admit} in the same transaction.
 */
@Service
public class StageRecorder {

    public static final String MEDIA_OWNER = "admission-stage";

    private final CandidateFileRepository files;
    private final StageRecordRepository stages;
    private final EligibilityOverrideRepository overrides;
    private final AdmissionScope scope;
    private final VoteChecks eligibility;
    private final Certificates certificates;
    private final MemberStatuses statuses;
    private final MediaService media;
    private final AuditLog audit;
    private final Clock clock;

    StageRecorder(CandidateFileRepository files, StageRecordRepository stages, EligibilityOverrideRepository overrides,
            AdmissionScope scope, VoteChecks eligibility, Certificates certificates, MemberStatuses statuses,
            MediaService media, AuditLog audit, Clock clock) {
        this.files = files;
        this.stages = stages;
        this.overrides = overrides;
        this.scope = scope;
        this.eligibility = eligibility;
        this.certificates = certificates;
        this.statuses = statuses;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void record(long memberId, StageEntry entry) {
        Member member = scope.member(memberId);
        CandidateFile file = files.findByMemberId(memberId).orElseThrow(() -> new AdmissionProblem("admission.error.noFile"));
        Stage stage = entry.stage();
        if (stage == null) {
            throw new AdmissionProblem("admission.error.stageRequired");
        }
        if (stage.byCommittee()) {
            scope.requireCommittee(member);
        }
        if (file.getState() != FileState.OPEN) {
            throw new AdmissionProblem("admission.error.fileClosed");
        }
        if (member.getStatus() != vn.renluyen.members.MemberStatus.CANDIDATE) {
            throw new AdmissionProblem("admission.error.notCandidate");
        }
        if (file.stage(stage).isPresent()) {
            throw new AdmissionProblem("admission.error.stageRecorded");
        }
        if (file.nextStage().filter(stage::equals).isEmpty()) {
            throw new AdmissionProblem("admission.error.outOfOrder");
        }
        LocalDate doneOn = AdmissionScope.pastDate(entry.doneOn(), LocalDate.now(clock));
        file.latest().map(StageRecord::getDoneOn).filter(doneOn::isBefore).ifPresent(previous -> {
            throw new AdmissionProblem("admission.error.dateBeforePrevious", previous);
        });
        String number = stage.numbered()
                ? AdmissionScope.required(entry.documentNumber(), "admission.error.numberRequired", AdmissionScope.MAX_NUMBER)
                : AdmissionScope.optional(entry.documentNumber(), AdmissionScope.MAX_NUMBER);
        String note = AdmissionScope.optional(entry.note(), AdmissionScope.MAX_TEXT);
        String justification = AdmissionScope.optional(entry.overrideJustification(), AdmissionScope.MAX_TEXT);
        List<Finding> overridden = List.of();
        switch (stage) {
            case AWARENESS_COURSE -> {
                if (certificates.find(memberId, CertificateKind.AWARENESS_COURSE).isEmpty()) {
                    throw new AdmissionProblem("admission.error.awarenessCertificateMissing");
                }
            }
            case HELPER_INTRODUCTION -> {
                if (file.getHelpers().isEmpty()) {
                    throw new AdmissionProblem("admission.error.noHelper");
                }
            }
            case CELL_RESOLUTION -> {
                overridden = eligibility.at(member, doneOn);
                if (!overridden.isEmpty() && justification == null) {
                    throw new IneligibleVote(overridden);
                }
            }
            case CEREMONY -> {
                StageRecord decision = file.stage(Stage.ADMISSION_DECISION).orElseThrow();
                statuses.admit(memberId, decision.getDocumentNumber(), decision.getDoneOn(), doneOn, note);
            }
            default -> {
            }
        }
        List<Long> documents = entry.documents().stream()
                .map(u -> media.storeDocument(MEDIA_OWNER, null, u.fileName(), u.bytes()).id()).toList();
        StageRecord record = file.add(stage, doneOn, number, note, scope.actor(), clock.instant());
        stages.saveAndFlush(record);
        documents.forEach(id -> {
            media.attach(id, MEDIA_OWNER, record.getId());
            record.attach(id);
        });
        for (Finding failed : overridden) {
            overrides.save(new EligibilityOverride(file.getId(), failed.rule(), justification, scope.actor(),
                    clock.instant()));
            audit.record("admission.override", CandidateFiles.AUDIT_TYPE, file.getId(), failed.messageKey(),
                    failed.rule() + ": " + justification);
        }
        audit.record("admission.stage." + stage.name().toLowerCase(java.util.Locale.ROOT), CandidateFiles.AUDIT_TYPE,
                file.getId(), null, stage + " ngày " + doneOn + (number == null ? "" : ", số " + number)
                        + (documents.isEmpty() ? "" : ", tài liệu " + documents));
    }
}
