package vn.renluyen.completion;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Codes like "RL-7K2M-9QXD-44TP": 60 random bits from SecureRandom, written in Crockford's base32,
 * which has no I, L, O or U, so a code read aloud or copied by hand is not mistaken for another.
 */
final class ConfirmationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern CANONICAL = Pattern.compile("RL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationCodes() {
    }

    static String next() {
        long bits = RANDOM.nextLong() >>> 4;
        StringBuilder code = new StringBuilder("RL");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt((int) ((bits >>> (55 - 5 * i)) & 31)));
        }
        return code.toString();
    }

    /**
     * What a person typed, in the canonical form, or empty when it cannot be a code. Case, spaces and
     * dashes do not matter, the "RL" prefix may be left out, and O, I and L are read as 0, 1 and 1 as
     * Crockford's decoding says.
     */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–_.]", "");
        if (compact.startsWith("RL") && compact.length() == 14) {
            compact = compact.substring(2);
        }
        if (compact.length() != 12) {
            return Optional.empty();
        }
        compact = compact.replace('O', '0').replace('I', '1').replace('L', '1');
        String code = "RL-" + compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
        return CANONICAL.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
