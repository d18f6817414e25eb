package vn.renluyen.members;

import static vn.renluyen.members.MemberColumn.BIRTH_DATE;
import static vn.renluyen.members.MemberColumn.DECISION;
import static vn.renluyen.members.MemberColumn.FAMILY_MIDDLE_NAME;
import static vn.renluyen.members.MemberColumn.GIVEN_NAME;
import static vn.renluyen.members.MemberColumn.ORGANIZATION;
import static vn.renluyen.members.MemberColumn.PARTY_CARD;
import static vn.renluyen.members.MemberColumn.SEX;
import static vn.renluyen.members.MemberColumn.SINCE;
import static vn.renluyen.members.MemberColumn.STATUS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.renluyen.members.MemberImportFile.Line;
import vn.renluyen.members.MemberImportPreview.Problem;
import vn.renluyen.members.MemberImportPreview.Row;

/**
 * The rows of a member file checked one by one, every problem with its row and column. The shapes of the
 * fields are {@link MemberChecks}' (the one validator, also the form's); what only a file has (words for a
 * status, dates as text, an organization by name, a card number twice) is read here.
 */
final class MemberImportRows {

    /** member_status_change.decision_number is VARCHAR(60). */
    static final int MAX_DECISION = 60;

    /** A row that may be written as it is. */
    record Entry(int number, MemberDetails details, SensitiveDetails sensitive, Organization organization,
            MemberStatus status, LocalDate since, String decisionNumber) {
    }

    /** The row as shown, and what to write when it has no problem (else null). */
    record Checked(Row row, Entry entry) {
    }

    /** What rows are checked against: the chosen organization's subtree and the cards already recorded. */
    record Context(MemberImportOrganizations organizations, Set<String> takenCards, LocalDate today) {
    }

    private MemberImportRows() {
    }

    static List<Checked> check(List<Line> lines, MemberColumn.Layout layout, Context context) {
        List<Draft> drafts = lines.stream().map(line -> new Draft(line, layout, context)).toList();
        Map<String, List<Draft>> byCard = drafts.stream().filter(d -> !d.value(PARTY_CARD).isEmpty())
                .collect(Collectors.groupingBy(d -> d.value(PARTY_CARD), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Draft>> card : byCard.entrySet()) {
            if (card.getValue().size() > 1) {
                String rows = card.getValue().stream().map(d -> String.valueOf(d.line.number()))
                        .collect(Collectors.joining(", "));
                card.getValue().forEach(d -> d.problems.add(Problem.of(d.line.number(), PARTY_CARD,
                        new MemberProblem("member.error.filePartyCardRepeated", card.getKey(), rows))));
            }
        }
        return drafts.stream().map(Draft::checked).toList();
    }

    /** One row while it is being checked. */
    private static final class Draft {
        private final Line line;
        private final MemberColumn.Layout layout;
        private final List<Problem> problems = new ArrayList<>();
        private final Entry entry;
        private final MemberStatus status;
        private final Organization organization;

        Draft(Line line, MemberColumn.Layout layout, Context context) {
            this.line = line;
            this.layout = layout;
            if (value(FAMILY_MIDDLE_NAME).isEmpty() || value(GIVEN_NAME).isEmpty()) {
                add(value(FAMILY_MIDDLE_NAME).isEmpty() ? FAMILY_MIDDLE_NAME : GIVEN_NAME,
                        new MemberProblem("member.error.nameRequired"));
            }
            LocalDate birth = read(BIRTH_DATE, () -> MemberImportValues.date(value(BIRTH_DATE),
                    "member.error.birthDateRequired"));
            MemberDetails.Sex sex = read(SEX, () -> MemberImportValues.sex(value(SEX)));
            MemberDetails details = new MemberDetails(value(FAMILY_MIDDLE_NAME), value(GIVEN_NAME), birth, sex,
                    optional(MemberColumn.HOMETOWN), optional(MemberColumn.EDUCATION),
                    optional(MemberColumn.OCCUPATION), optional(PARTY_CARD));
            MemberImportValues.DETAIL_FIELDS.forEach((column, alone) ->
                    read(column, () -> MemberChecks.details(alone.apply(value(column)))));
            SensitiveDetails sensitive = new SensitiveDetails(optional(MemberColumn.CITIZEN_ID),
                    optional(MemberColumn.PHONE), optional(MemberColumn.ETHNICITY), optional(MemberColumn.RELIGION),
                    null);
            MemberImportValues.SENSITIVE_FIELDS.forEach((column, alone) ->
                    read(column, () -> MemberChecks.sensitive(alone.apply(value(column)))));
            organization = read(ORGANIZATION, () -> context.organizations().find(value(ORGANIZATION)));
            status = read(STATUS, () -> MemberImportValues.status(value(STATUS)));
            LocalDate since = read(SINCE, () -> MemberImportValues.date(value(SINCE), "member.error.statusDateRequired"));
            if (since != null && since.isAfter(context.today())) {
                add(SINCE, new MemberProblem("member.error.dateInFuture"));
            }
            if (birth != null && since != null && !birth.isBefore(since)) {
                add(SINCE, new MemberProblem("member.error.fileBornAfterSince"));
            }
            if (value(DECISION).length() > MAX_DECISION) {
                add(DECISION, new MemberProblem("member.error.fileDecisionTooLong", MAX_DECISION));
            }
            String card = value(PARTY_CARD);
            if (!card.isEmpty() && status == MemberStatus.CANDIDATE) {
                add(PARTY_CARD, new MemberProblem("member.error.fileCandidateCard"));
            }
            if (!card.isEmpty() && context.takenCards().contains(card)) {
                add(PARTY_CARD, new MemberProblem("member.error.partyCardTaken"));
            }
            entry = problems.isEmpty() ? new Entry(line.number(), MemberChecks.details(details),
                    MemberChecks.sensitive(sensitive), organization, status, since, optional(DECISION)) : null;
        }

        String value(MemberColumn column) {
            return layout.value(line.cells(), column);
        }

        private String optional(MemberColumn column) {
            String value = value(column);
            return value.isEmpty() ? null : value;
        }

        /** The value, or null with the problem noted at its column. */
        private <T> T read(MemberColumn column, Supplier<T> reading) {
            try {
                return reading.get();
            } catch (MemberProblem problem) {
                add(column, problem);
                return null;
            }
        }

        private void add(MemberColumn column, MemberProblem problem) {
            problems.add(Problem.of(line.number(), column, problem));
        }

        /** Problems in the order of the columns, as the user reads the row from left to right. */
        Checked checked() {
            problems.sort(java.util.Comparator.comparingInt(p -> MemberColumn.byHeader(p.column())
                    .map(MemberColumn::ordinal).orElse(-1)));
            String name = (value(FAMILY_MIDDLE_NAME) + " " + value(GIVEN_NAME)).strip();
            Row row = new Row(line.number(), name, status, organization == null ? null : organization.getName(),
                    problems);
            return new Checked(row, problems.isEmpty() ? entry : null);
        }
    }
}
