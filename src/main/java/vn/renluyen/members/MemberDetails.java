package vn.renluyen.members;

import java.time.LocalDate;

/**
 * The general part of a member record, as a secretary edits it. The dates of admission, ceremony and
 * recognition are set by the status steps, not here.
 */
public record MemberDetails(String familyMiddleName, String givenName, LocalDate birthDate, Sex sex, String hometown,
        String education, String occupation, String partyCardNumber) {

    public enum Sex {
        MALE, FEMALE;

        public String translationKey() {
            return "member.sex." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
