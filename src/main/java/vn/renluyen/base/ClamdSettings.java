package vn.renluyen.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether uploads are scanned by a ClamAV daemon ({@link MalwareScanner}): {@code portal.uploads.clamd-address}
 * as {@code host:port} of clamd's TCP socket, empty (the default) for no scan; {@code
 * portal.uploads.clamd-timeout} (10 s) for the whole exchange of one upload, connecting, sending and the scan.
 */
@ConfigurationProperties("portal.uploads")
record ClamdSettings(String clamdAddress, Duration clamdTimeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    ClamdSettings {
        clamdAddress = clamdAddress == null ? "" : clamdAddress.strip();
        clamdTimeout = clamdTimeout == null ? DEFAULT_TIMEOUT : clamdTimeout;
        if (clamdTimeout.isNegative() || clamdTimeout.isZero()) {
            throw new IllegalArgumentException("portal.uploads.clamd-timeout must be positive");
        }
    }

    boolean enabled() {
        return !clamdAddress.isEmpty();
    }
}
