package vn.renluyen.base;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the portal keeps technical and transient data once it has served its purpose (ASVS 8.3.8;
 * docs/security.md, "Retention"). Party records (members, completions, confirmations, ratings, admission files)
 * are not here: they are kept under the party's own record-keeping rules and the portal deletes none of them.
 *
 * <ul>
 * <li>{@code portal.retention.unattached-media} (24 h): uploads never attached to a record, i.e. a form that was
 * left without saving. A technical choice: long enough for a form left open over a working day.</li>
 * <li>{@code portal.retention.audit-log} (unset: kept): the operator's choice under the organisation's rules; the
 * portal suggests no period.</li>
 * </ul>
 * Failed logins go once the throttle's window ({@code portal.security.login.window}) has passed, the window the
 * throttle itself already applies.
 */
@ConfigurationProperties("portal.retention")
public record RetentionPeriods(Duration unattachedMedia, Duration auditLog) {

    public static final Duration DEFAULT_UNATTACHED_MEDIA = Duration.ofHours(24);

    public RetentionPeriods {
        unattachedMedia = unattachedMedia == null ? DEFAULT_UNATTACHED_MEDIA : unattachedMedia;
        if (unattachedMedia.isNegative() || unattachedMedia.isZero()
                || (auditLog != null && (auditLog.isNegative() || auditLog.isZero()))) {
            throw new IllegalArgumentException("portal.retention.* periods must be positive (leave audit-log unset to keep it)");
        }
    }

    /** Empty: the audit log is kept. */
    public Optional<Duration> auditLogPeriod() {
        return Optional.ofNullable(auditLog);
    }
}
