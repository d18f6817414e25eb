package vn.renluyen.completion;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one "Xác nhận hoàn thành học trực tuyến" says. It is the portal's own confirmation, not the
 * official "giấy chứng nhận" that the commune political centre issues.
 *
 * @param contentVersion which version of the course content was completed, e.g. "phiên bản 2026-12-01.3"
 * @param issuedBy       the portal and organization that confirm it
 * @param code           the unguessable verification code printed on the sheet
 * @param verifyUrl      the absolute address of the verification page for {@code code}; the QR code points here
 */
public record ConfirmationSheet(String holderName, String courseTitle, LocalDate completedOn,
        String contentVersion, String issuedBy, String code, String verifyUrl) {

    // ASCII only: the QR code is encoded in its default ISO-8859-1 mode, which cannot carry other characters
    private static final Pattern ABSOLUTE_HTTP_URL = Pattern.compile("https?://[\\x21-\\x7E]+");

    public ConfirmationSheet {
        requireText(holderName, "holderName");
        requireText(courseTitle, "courseTitle");
        Objects.requireNonNull(completedOn, "completedOn");
        requireText(contentVersion, "contentVersion");
        requireText(issuedBy, "issuedBy");
        requireText(code, "code");
        requireText(verifyUrl, "verifyUrl");
        // A QR code that verifies some other code than the one printed would be worse than none
        if (!ABSOLUTE_HTTP_URL.matcher(verifyUrl).matches() || !verifyUrl.endsWith("/xac-minh/" + code)) {
            throw new IllegalArgumentException("verifyUrl must be an absolute http(s) URL ending in /xac-minh/" + code);
        }
    }

    // The message names the field only: the values may be a person's name, which must not reach the logs
    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
