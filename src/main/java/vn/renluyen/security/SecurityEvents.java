package vn.renluyen.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log (logger {@code vn.renluyen.security.events}): each sign-in decision with the
 * submitted name and the client address, never a password, code or personal record data. Names are
 * cut and cleaned of control characters, so a crafted name cannot forge log lines. Changes to
 * accounts and grants go to the audit log instead.
 */
final class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("vn.renluyen.security.events");
    private static final int MAX_NAME = 64;

    private SecurityEvents() {
    }

    static void passwordRejected(String username) {
        log.warn("sign-in refused: wrong name or password user={} from={}", clean(username), client());
    }

    static void throttled(String username) {
        log.warn("sign-in refused: too many failures user={} from={}", clean(username), client());
    }

    static void secondFactorAsked(String username, boolean enrolled) {
        log.info("password accepted, {} user={} from={}", enrolled ? "second factor asked" : "enrolment required",
                clean(username), client());
    }

    static void secondFactorRejected(String username) {
        log.warn("second factor refused user={} from={}", clean(username), client());
    }

    static void secondFactorReplayed(String username) {
        log.warn("second factor refused: code already used user={} from={}", clean(username), client());
    }

    static void recoveryCodeUsed(String username) {
        log.warn("recovery code used user={} from={}", clean(username), client());
    }

    static void signedIn(String username) {
        log.info("signed in user={} from={}", clean(username), client());
    }

    static String clean(String username) {
        String name = username == null ? "" : username.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name;
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "-";
    }
}
