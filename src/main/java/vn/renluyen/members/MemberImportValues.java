package vn.renluyen.members;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.renluyen.base.Texts;

/** The words and dates of a member file as values, each refused with the message the user reads. */
final class MemberImportValues {

    /** 5/9/1990, 05-09-1990, 05.09.1990; a time after it (CSV saved by some spreadsheets) is ignored. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final int FIRST_YEAR = 1900;

    /**
     * Each general field alone, so that {@link MemberChecks} (which stops at the first problem) reports every
     * problem of a row at its own column.
     */
    static final Map<MemberColumn, Function<String, MemberDetails>> DETAIL_FIELDS = new EnumMap<>(Map.of(
            MemberColumn.FAMILY_MIDDLE_NAME, v -> new MemberDetails(v, null, null, null, null, null, null, null),
            MemberColumn.GIVEN_NAME, v -> new MemberDetails(null, v, null, null, null, null, null, null),
            MemberColumn.HOMETOWN, v -> new MemberDetails(null, null, null, null, v, null, null, null),
            MemberColumn.EDUCATION, v -> new MemberDetails(null, null, null, null, null, v, null, null),
            MemberColumn.OCCUPATION, v -> new MemberDetails(null, null, null, null, null, null, v, null),
            MemberColumn.PARTY_CARD, v -> new MemberDetails(null, null, null, null, null, null, null, v)));

    static final Map<MemberColumn, Function<String, SensitiveDetails>> SENSITIVE_FIELDS = new EnumMap<>(Map.of(
            MemberColumn.CITIZEN_ID, v -> new SensitiveDetails(v, null, null, null, null),
            MemberColumn.PHONE, v -> new SensitiveDetails(null, v, null, null, null),
            MemberColumn.ETHNICITY, v -> new SensitiveDetails(null, null, v, null, null),
            MemberColumn.RELIGION, v -> new SensitiveDetails(null, null, null, v, null)));

    private MemberImportValues() {
    }

    /** Day first, as Vietnamese documents write dates; XLSX date cells arrive already as dd/MM/yyyy. */
    static LocalDate date(String text, String requiredKey) {
        if (text.isEmpty()) {
            throw new MemberProblem(requiredKey);
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            LocalDate date = null;
            if (dayFirst.matches()) {
                date = LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1));
            } else if (iso.matches()) {
                date = LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            }
            if (date != null && date.getYear() >= FIRST_YEAR) {
                return date;
            }
        } catch (DateTimeException e) {
            // 31/02/1990: the same message as any other text that is not a date.
        }
        throw new MemberProblem("member.error.fileDate", text);
    }

    static MemberDetails.Sex sex(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (Map.Entry<MemberDetails.Sex, String> word : MemberColumn.SEX_WORDS.entrySet()) {
            if (folded(word.getValue()).equals(folded(text))) {
                return word.getKey();
            }
        }
        throw new MemberProblem("member.error.fileSex", text);
    }

    /** Only the statuses a record can start with; "Miễn sinh hoạt đảng" and the like are later steps. */
    static MemberStatus status(String text) {
        if (text.isEmpty()) {
            throw new MemberProblem("member.error.fileStatusRequired");
        }
        for (MemberStatus status : MemberColumn.IMPORTABLE) {
            if (folded(MemberColumn.STATUS_WORDS.get(status)).equals(folded(text))) {
                return status;
            }
        }
        throw new MemberProblem("member.error.fileStatus", text);
    }

    /** "Nữ", "nữ", "NU" and "Nu" are the same word; so are "Đảng viên dự bị" and "dang vien du bi". */
    static String folded(String text) {
        return Texts.withoutMarks(MemberColumn.key(text));
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
