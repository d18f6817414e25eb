package vn.renluyen.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.base.MediaService;
import vn.renluyen.base.StoredMedia;
import vn.renluyen.members.Member;
import vn.renluyen.members.MemberStatus;
import vn.renluyen.members.OrganizationService;

/**
 * Admission files (hồ sơ kết nạp đảng viên): opened for a candidate of the user's scope, with helpers
 * assigned by the cell's resolution and the stages {@link StageRecorder} records. Every id is checked against
 * the scope on the server first.
 */
@Service
public class CandidateFiles {

    static final String AUDIT_TYPE = "candidate_file";

    private final CandidateFileRepository files;
    private final EligibilityOverrideRepository overrides;
    private final AdmissionScope scope;
    private final VoteChecks eligibility;
    private final OrganizationService organizations;
    private final MediaService media;
    private final AuditLog audit;
    private final Clock clock;

    CandidateFiles(CandidateFileRepository files, EligibilityOverrideRepository overrides, AdmissionScope scope,
            VoteChecks eligibility, OrganizationService organizations, MediaService media, AuditLog audit,
            Clock clock) {
        this.files = files;
        this.overrides = overrides;
        this.scope = scope;
        this.eligibility = eligibility;
        this.organizations = organizations;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
    }

    /** A candidate of the list: {@code reached} is the last recorded stage, null before any (or without a file). */
    public record CandidateLine(long memberId, String fullName, String organizationName, boolean opened, Stage reached) {
    }

    public record StageLine(Stage stage, LocalDate doneOn, String documentNumber, String note, String recordedBy,
            List<StoredMedia> documents) {
    }

    public record HelperLine(long memberId, String fullName, String resolutionNumber, LocalDate resolutionDate) {
    }

    public record OverrideLine(EligibilityRule rule, String justification, String recordedBy) {
    }

    /** The file as its page shows it; {@code next} is null once the ceremony is recorded. */
    public record FileView(long memberId, String fullName, LocalDate birthDate, String organizationName,
            MemberStatus status, boolean opened, LocalDate plannedVoteOn, List<StageLine> stages, Stage next,
            boolean mayRecordNext, List<HelperLine> helpers, List<OverrideLine> overrides, List<Finding> warnings) {
    }

    /** The candidates of an organization's subtree, in Vietnamese name order, with how far their file is. */
    @Transactional(readOnly = true)
    public List<CandidateLine> candidates(long organizationId) {
        String path = organizations.get(organizationId).getPath();
        Map<Long, CandidateFile> byMember = files.findInSubtree(path).stream()
                .collect(Collectors.toMap(f -> f.getMember().getId(), Function.identity()));
        return scope.inSubtree(path, MemberStatus.CANDIDATE).stream().map(m -> {
            CandidateFile file = byMember.get(m.getId());
            return new CandidateLine(m.getId(), m.getFullName(), m.getOrganization().getName(), file != null,
                    file == null ? null : file.latest().map(StageRecord::getStage).orElse(null));
        }).toList();
    }

    @Transactional
    public void open(long memberId) {
        Member member = scope.member(memberId);
        if (member.getStatus() != MemberStatus.CANDIDATE) {
            throw new AdmissionProblem("admission.error.notCandidate");
        }
        if (files.findByMemberId(memberId).isPresent()) {
            throw new AdmissionProblem("admission.error.fileExists");
        }
        CandidateFile file = files.save(new CandidateFile(member, LocalDate.now(clock), scope.actor(), clock.instant()));
        audit.record("admission.file.opened", AUDIT_TYPE, file.getId(), null, "hồ sơ của đảng viên/quần chúng " + memberId);
    }

    @Transactional(readOnly = true)
    public FileView file(long memberId) {
        Member m = scope.readable(memberId);
        CandidateFile file = files.findByMemberId(memberId).orElse(null);
        if (file == null) {
            return new FileView(memberId, m.getFullName(), m.getBirthDate(), m.getOrganization().getName(),
                    m.getStatus(), false, null, List.of(), null, false, List.of(), List.of(), List.of());
        }
        Stage next = file.nextStage().orElse(null);
        return new FileView(memberId, m.getFullName(), m.getBirthDate(), m.getOrganization().getName(), m.getStatus(),
                true, file.getPlannedVoteOn(),
                file.getStages().stream().sorted(java.util.Comparator.comparing(s -> s.getStage().ordinal()))
                        .map(s -> new StageLine(s.getStage(), s.getDoneOn(), s.getDocumentNumber(), s.getNote(),
                                s.getRecordedBy(), s.getDocumentIds().stream().flatMap(id -> media.find(id).stream())
                                        .toList())).toList(),
                next, next != null && (!next.byCommittee() || scope.mayActForCommittee(m)),
                file.getHelpers().stream().map(h -> new HelperLine(h.getHelper().getId(), h.getHelper().getFullName(),
                        h.getResolutionNumber(), h.getResolutionDate())).toList(),
                overrides.findByFileIdOrderByIdAsc(file.getId()).stream().map(o -> new OverrideLine(o.getRule(),
                        o.getJustification(), o.getRecordedBy())).toList(),
                eligibility.warnings(file));
    }

    /** What the checks at the vote would find on {@code voteDate} (shown before the vote is recorded). */
    @Transactional(readOnly = true)
    public List<Finding> checkVote(long memberId, LocalDate voteDate) {
        Member member = scope.member(memberId);
        return voteDate == null ? List.of() : eligibility.at(member, voteDate);
    }

    /** Đảng viên giúp đỡ: an official member of the user's scope, by the cell's resolution. */
    @Transactional
    public void assignHelper(long memberId, long helperId, String resolutionNumber, LocalDate resolutionDate) {
        scope.member(memberId);
        CandidateFile file = openFile(memberId);
        Member helper = scope.member(helperId);
        if (helper.getStatus() != MemberStatus.OFFICIAL) {
            throw new AdmissionProblem("admission.error.helperNotOfficial");
        }
        if (file.getHelpers().stream().anyMatch(h -> h.getHelper().getId().equals(helperId))) {
            throw new AdmissionProblem("admission.error.helperAssigned");
        }
        String number = AdmissionScope.required(resolutionNumber, "admission.error.numberRequired",
                AdmissionScope.MAX_NUMBER);
        AdmissionScope.pastDate(resolutionDate, LocalDate.now(clock));
        file.assign(helper, number, resolutionDate, scope.actor(), clock.instant());
        audit.record("admission.helper.assigned", AUDIT_TYPE, file.getId(), null,
                "đảng viên " + helperId + ", nghị quyết " + number + " ngày " + resolutionDate);
    }

    /** Official members who could help the candidate: those of the candidate's organization. */
    @Transactional(readOnly = true)
    public List<HelperLine> helperChoices(long memberId) {
        Member candidate = scope.member(memberId);
        return scope.inSubtree(candidate.getOrganization().getPath(), MemberStatus.OFFICIAL).stream()
                .map(m -> new HelperLine(m.getId(), m.getFullName(), null, null)).toList();
    }

    /** The day the cell plans to vote, so the file warns when a check would fail then; null clears it. */
    @Transactional
    public void planVote(long memberId, LocalDate on) {
        scope.member(memberId);
        CandidateFile file = openFile(memberId);
        LocalDate before = file.getPlannedVoteOn();
        file.planVote(on);
        audit.record("admission.vote.planned", AUDIT_TYPE, file.getId(), String.valueOf(before), String.valueOf(on));
    }

    private CandidateFile openFile(long memberId) {
        CandidateFile file = files.findByMemberId(memberId).orElseThrow(() -> new AdmissionProblem("admission.error.noFile"));
        if (file.getState() != FileState.OPEN) {
            throw new AdmissionProblem("admission.error.fileClosed");
        }
        return file;
    }
}
