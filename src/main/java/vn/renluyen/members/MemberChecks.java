package vn.renluyen.members;

import java.util.regex.Pattern;
import vn.renluyen.base.Texts;

/** The shape of what a secretary types into a record: checked the same way by the form and the import. */
final class MemberChecks {

    /** Số định danh cá nhân on the căn cước: 12 digits. */
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern PARTY_CARD = Pattern.compile("[0-9A-Za-z.\\-/]{1,20}");
    private static final int SHORT = 255;
    private static final int NOTES = 1000;

    private MemberChecks() {
    }

    static MemberDetails details(MemberDetails d) {
        String card = plain(d.partyCardNumber());
        if (card != null && !PARTY_CARD.matcher(card).matches()) {
            throw new MemberProblem("member.error.partyCardFormat");
        }
        requireLength(d.familyMiddleName(), 150, "member.error.nameTooLong");
        requireLength(d.givenName(), 60, "member.error.nameTooLong");
        requireLength(d.hometown(), SHORT, "member.error.tooLong");
        requireLength(d.education(), SHORT, "member.error.tooLong");
        requireLength(d.occupation(), SHORT, "member.error.tooLong");
        return new MemberDetails(d.familyMiddleName(), d.givenName(), d.birthDate(), d.sex(), d.hometown(),
                d.education(), d.occupation(), card);
    }

    static SensitiveDetails sensitive(SensitiveDetails d) {
        String citizenId = plain(d.citizenId());
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw new MemberProblem("member.error.citizenIdFormat");
        }
        String phone = plain(d.phone());
        if (phone != null) {
            phone = phone.replaceAll("[ .]", "");
            if (!PHONE.matcher(phone).matches()) {
                throw new MemberProblem("member.error.phoneFormat");
            }
        }
        requireLength(d.ethnicity(), 60, "member.error.tooLong");
        requireLength(d.religion(), 60, "member.error.tooLong");
        requireLength(d.healthNotes(), NOTES, "member.error.tooLong");
        return new SensitiveDetails(citizenId, phone, d.ethnicity(), d.religion(), d.healthNotes());
    }

    private static String plain(String value) {
        return Texts.isBlank(value) ? null : value.strip();
    }

    private static void requireLength(String value, int max, String key) {
        if (value != null && value.strip().length() > max) {
            throw new MemberProblem(key);
        }
    }
}
