package vn.renluyen.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * Passwords known from breaches (ASVS 2.1.7: nbvcxz's list of the 100,000 most common leaked passwords, kept in
 * its jar, so nothing leaves the portal) and a strength estimate for the meter shown while one is typed (2.1.8).
 */
public final class PasswordStrength {

    /** nbvcxz's basic score: 0 (guessed at once) to 4 (strong). */
    public static final int STRONGEST = 4;

    private static final Configuration CONFIGURATION = new ConfigurationBuilder().createConfiguration();
    private static final Set<String> BREACHED = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords)
            .keySet().stream().map(password -> password.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** Estimating costs more with length; past this the score is that of the first characters. */
    private static final int ESTIMATED_LENGTH = 64;

    private PasswordStrength() {
    }

    static boolean isBreached(String password) {
        return BREACHED.contains(password.toLowerCase(Locale.ROOT));
    }

    /** 0–4; a breached password scores 0 whatever it looks like. */
    public static int score(String password) {
        if (password == null || password.isEmpty() || isBreached(password)) {
            return 0;
        }
        String estimated = password.length() > ESTIMATED_LENGTH ? password.substring(0, ESTIMATED_LENGTH) : password;
        return new Nbvcxz(CONFIGURATION).estimate(estimated).getBasicScore();
    }
}
