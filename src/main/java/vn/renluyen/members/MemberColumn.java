package vn.renluyen.members;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a member file, in the order the export writes them. The headers and the words of the
 * status and sex columns are a file format, not UI text: they stay the same whatever the UI language or a
 * later rewording of the screens, so a file exported today still imports next year.
 */
enum MemberColumn {
    FAMILY_MIDDLE_NAME("Họ và tên đệm", true, false),
    GIVEN_NAME("Tên", true, false),
    BIRTH_DATE("Ngày sinh", true, false),
    SEX("Giới tính", false, false),
    HOMETOWN("Quê quán", false, false),
    EDUCATION("Trình độ", false, false),
    OCCUPATION("Nghề nghiệp", false, false),
    PARTY_CARD("Số thẻ đảng viên", false, false),
    ORGANIZATION("Tổ chức đảng", false, false),
    STATUS("Trạng thái", true, false),
    SINCE("Từ ngày", true, false),
    DECISION("Số quyết định", false, false),
    CITIZEN_ID("Số định danh cá nhân", false, true),
    PHONE("Số điện thoại", false, true),
    ETHNICITY("Dân tộc", false, true),
    RELIGION("Tôn giáo", false, true);

    /** The statuses a file may enter: an existing record starts as one of these (others are later steps). */
    static final Map<MemberStatus, String> STATUS_WORDS = new EnumMap<>(Map.of(
            MemberStatus.CANDIDATE, "Quần chúng ưu tú",
            MemberStatus.PROBATIONARY, "Đảng viên dự bị",
            MemberStatus.OFFICIAL, "Đảng viên chính thức",
            MemberStatus.EXEMPT, "Miễn sinh hoạt đảng",
            MemberStatus.SUSPENDED, "Đình chỉ sinh hoạt",
            MemberStatus.REMOVED, "Đã ra khỏi Đảng"));
    static final List<MemberStatus> IMPORTABLE = List.of(MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY,
            MemberStatus.OFFICIAL);
    static final Map<MemberDetails.Sex, String> SEX_WORDS = new EnumMap<>(Map.of(
            MemberDetails.Sex.MALE, "Nam", MemberDetails.Sex.FEMALE, "Nữ"));

    private final String header;
    private final boolean required;
    private final boolean sensitive;

    MemberColumn(String header, boolean required, boolean sensitive) {
        this.header = header;
        this.required = required;
        this.sensitive = sensitive;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    boolean sensitive() {
        return sensitive;
    }

    /** The headers of a file, with or without the sensitive columns. */
    static List<String> headers(boolean withSensitive) {
        return Arrays.stream(values()).filter(c -> withSensitive || !c.sensitive).map(MemberColumn::header).toList();
    }

    static Optional<MemberColumn> byHeader(String text) {
        String wanted = key(text);
        return Arrays.stream(values()).filter(c -> key(c.header).equals(wanted)).findFirst();
    }

    /**
     * How headers and words are compared: case, surrounding and doubled spaces and the Unicode form do not
     * matter ("  ngày SINH " typed on a Mac, in NFD, is "Ngày sinh").
     */
    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Where each known column is in a file, from its header row. */
    record Layout(Map<MemberColumn, Integer> positions) {

        static Layout of(List<String> header) {
            Map<MemberColumn, Integer> positions = new EnumMap<>(MemberColumn.class);
            for (int i = 0; i < header.size(); i++) {
                Optional<MemberColumn> column = byHeader(header.get(i));
                if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                    throw new MemberProblem("member.error.fileColumnTwice", column.get().header());
                }
            }
            List<String> missing = new ArrayList<>();
            for (MemberColumn column : values()) {
                if (column.required && !positions.containsKey(column)) {
                    missing.add(column.header);
                }
            }
            if (!missing.isEmpty()) {
                throw new MemberProblem("member.error.fileMissingColumns", String.join(", ", missing));
            }
            return new Layout(positions);
        }

        boolean has(MemberColumn column) {
            return positions.containsKey(column);
        }

        /** The cell of a column in a row, "" when the column or the cell is absent. */
        String value(List<String> cells, MemberColumn column) {
            Integer index = positions.get(column);
            return index == null || index >= cells.size() ? "" : cells.get(index);
        }
    }
}
