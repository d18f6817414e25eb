package vn.renluyen.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.renluyen.base.AuditLog;
import vn.renluyen.members.MemberImportFile.Sheet;
import vn.renluyen.members.MemberImportPreview.Problem;
import vn.renluyen.members.MemberImportPreview.Row;
import vn.renluyen.members.MemberImportRows.Checked;
import vn.renluyen.security.CurrentUser;

/**
 * Member records from a CSV or XLSX file into an organization's subtree: {@link #preview} reads and checks every
 * row and writes nothing; {@link #commit} writes the rows the user confirmed that are still valid, all in one
 * transaction, with one audit line of counts (no names, no sensitive values). Sensitive columns are taken only
 * from the secretary chain of the organization.
 */
@Service
public class MemberImport {

    static final String REASON = "Nhập hồ sơ từ tệp";
    /** Cards per "in (…)" query: well under MariaDB's limits, few round trips for 20,000 rows. */
    private static final int CARD_QUERY_SIZE = 1000;
    /** Members and their history rows use IDENTITY ids and cannot be batched; the outbox events can. */
    private static final int JDBC_BATCH = 100;

    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final SecretaryChain secretaryChain;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    MemberImport(OrganizationRepository organizations, CurrentUser currentUser, SecretaryChain secretaryChain,
            AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.secretaryChain = secretaryChain;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The dry run: every row with its problems (or the file's), nothing written. */
    @Transactional(readOnly = true)
    public MemberImportPreview preview(long organizationId, String fileName, byte[] bytes) {
        Organization organization = scoped(organizationId);
        Sheet sheet;
        try {
            sheet = MemberImportFile.read(bytes);
        } catch (MemberProblem problem) {
            return new MemberImportPreview(organizationId, organization.getName(), fileName, List.of(),
                    List.of(Problem.of(0, null, problem)), null);
        }
        Outcome outcome = check(organization, sheet);
        return new MemberImportPreview(organizationId, organization.getName(), fileName,
                outcome.rows().stream().map(Checked::row).toList(), outcome.fileProblems(), sheet);
    }

    /**
     * Writes the rows that were valid in the preview and still are: they are checked again here, inside the
     * transaction, so a card number recorded since the preview is reported, not written twice. Any failure
     * while writing leaves nothing written.
     */
    @Transactional
    public MemberImportResult commit(MemberImportPreview preview) {
        Organization organization = scoped(preview.organizationId());
        if (preview.sheet() == null || !preview.fileProblems().isEmpty()) {
            return new MemberImportResult(0, List.of(), preview.fileProblems());
        }
        Outcome outcome = check(organization, preview.sheet());
        if (!outcome.fileProblems().isEmpty()) {
            return new MemberImportResult(0, List.of(), outcome.fileProblems());
        }
        Set<Integer> confirmed = preview.rows().stream().filter(Row::valid).map(Row::number).collect(Collectors.toSet());
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        Instant now = clock.instant();
        String actor = currentUser.get().map(u -> u.getUsername()).orElse("system");
        List<Row> notWritten = new ArrayList<>();
        int written = 0;
        for (Checked checked : outcome.rows()) {
            if (!confirmed.contains(checked.row().number())) {
                continue;
            }
            if (checked.entry() == null) {
                notWritten.add(checked.row());
                continue;
            }
            write(checked.entry(), now, actor);
            written++;
        }
        if (written > 0) {
            auditLog.record("member.imported", OrganizationService.AUDIT_TYPE, organization.getId(), null,
                    "nhập từ tệp: " + written + " hồ sơ được ghi, " + (preview.rows().size() - written)
                            + " dòng không ghi");
        }
        return new MemberImportResult(written, notWritten, List.of());
    }

    private void write(MemberImportRows.Entry entry, Instant now, String actor) {
        // As MemberService.register: checked again on the entity read in this transaction.
        entry.organization().requireActive();
        MemberDetails details = entry.details();
        Member member = new Member(details.familyMiddleName(), details.givenName(), details.birthDate(),
                entry.organization());
        member.register(entry.status(), entry.since(), entry.decisionNumber(), REASON, now, actor);
        member.describe(details);
        member.protect(entry.sensitive());
        try {
            entityManager.persist(member);
        } catch (PersistenceException e) {
            // Someone recorded the same card number after the check: the whole import is rolled back.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw new MemberProblem("member.error.fileWriteConflict", String.valueOf(entry.number()));
                }
            }
            throw e;
        }
    }

    private Organization scoped(long organizationId) {
        currentUser.requireOrganization(organizationId);
        return organizations.findById(organizationId)
                .orElseThrow(() -> new MemberProblem("organization.error.notFound"));
    }

    private record Outcome(List<Checked> rows, List<Problem> fileProblems) {

        static Outcome refused(MemberProblem problem) {
            return new Outcome(List.of(), List.of(Problem.of(0, null, problem)));
        }
    }

    private Outcome check(Organization organization, Sheet sheet) {
        if (organization.isDissolved()) {
            return Outcome.refused(new MemberProblem("member.error.fileOrganizationDissolved", organization.getName()));
        }
        MemberColumn.Layout layout;
        try {
            layout = MemberColumn.Layout.of(sheet.header().cells());
        } catch (MemberProblem problem) {
            return Outcome.refused(problem);
        }
        boolean carriesSensitive = sheet.rows().stream().anyMatch(line -> MemberImportValues.SENSITIVE_FIELDS.keySet()
                .stream().anyMatch(column -> !layout.value(line.cells(), column).isEmpty()));
        if (carriesSensitive && !secretaryChain.covers(organization)) {
            return Outcome.refused(new MemberProblem("member.error.fileSensitiveRefused"));
        }
        Set<String> cards = sheet.rows().stream().map(line -> layout.value(line.cells(), MemberColumn.PARTY_CARD))
                .filter(card -> !card.isEmpty()).collect(Collectors.toSet());
        MemberImportRows.Context context = new MemberImportRows.Context(new MemberImportOrganizations(organization,
                organizations.findByPathStartingWithOrderByPathAsc(organization.getPath())), taken(cards),
                LocalDate.now(clock));
        return new Outcome(MemberImportRows.check(sheet.rows(), layout, context), List.of());
    }

    /** The card numbers of the file already on a record (anywhere: a card belongs to one record). */
    private Set<String> taken(Set<String> cards) {
        List<String> all = new ArrayList<>(cards);
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < all.size(); from += CARD_QUERY_SIZE) {
            taken.addAll(entityManager.createQuery(
                            "select m.partyCardNumber from Member m where m.partyCardNumber in :cards", String.class)
                    .setParameter("cards", all.subList(from, Math.min(all.size(), from + CARD_QUERY_SIZE)))
                    .getResultList());
        }
        return taken;
    }
}
