package vn.renluyen.security;

import java.security.SecureRandom;
import java.util.Locale;

/** Rules for chosen passwords, and the generator for temporary ones. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountProblem("account.error.passwordTooShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountProblem("account.error.passwordTooLong");
        }
        if (PasswordStrength.isBreached(password)) {
            throw new AccountProblem("account.error.passwordBreached");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountProblem("account.error.passwordContainsUsername");
        }
    }

    /** 14 characters from an alphabet without look-alikes (0/O, 1/l/I): easy to read out to a member. */
    static String temporary() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
