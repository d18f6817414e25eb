package vn.renluyen.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read that must not be served by a replica, so it runs in a read-write transaction (on the primary) instead of
 * {@code @Transactional(readOnly = true)}: sign-in and access checks, where a lagging replica would accept an old
 * password or miss recent failed logins, and pages that show what the same user has just written (a quiz result
 * right after the submission). README, "Scale-out › Database replication", lists them. Write nothing in it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional
public @interface ReadOnPrimary {
}
