package vn.renluyen.members;

/**
 * Sensitive personal data (Nghị định 13/2023/NĐ-CP): shown only to the member and the secretary chain,
 * masked for ADMIN, every view audited, never logged. {@link #toString()} prints no value, so an
 * exception or a debug line cannot leak one.
 */
public record SensitiveDetails(String citizenId, String phone, String ethnicity, String religion,
        String healthNotes) {

    public static final SensitiveDetails NONE = new SensitiveDetails(null, null, null, null, null);

    /** What ADMIN sees: whether a value is there, and the last two digits of the numbers at most. */
    public SensitiveDetails masked() {
        return new SensitiveDetails(maskNumber(citizenId), maskNumber(phone), mask(ethnicity), mask(religion),
                mask(healthNotes));
    }

    private static String maskNumber(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 4 ? "••••" : "•".repeat(value.length() - 2) + value.substring(value.length() - 2);
    }

    private static String mask(String value) {
        return value == null ? null : "••••••";
    }

    @Override
    public String toString() {
        return "SensitiveDetails[hidden]";
    }
}
