package vn.renluyen.publishing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.renluyen.base.Failures;
import vn.renluyen.security.SystemTask;

/**
 * Makes scheduled items go live. The work and its rules live in {@link EditorialService#publishDue()},
 * which tests call directly with their clock; this job only triggers it every
 * {@code portal.publishing.poll-interval} (default 30 s), as the portal itself so the audit log names
 * "system". Tests switch it off ({@code portal.publishing.scheduler.enabled=false}) so that a background
 * run cannot race the step a test makes by hand.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.publishing.scheduler.enabled", matchIfMissing = true)
class PublishingScheduler {

    private static final Logger log = LoggerFactory.getLogger(PublishingScheduler.class);

    private final EditorialService editorial;

    PublishingScheduler(EditorialService editorial) {
        this.editorial = editorial;
    }

    @Scheduled(initialDelayString = "${portal.publishing.poll-interval:30s}",
            fixedDelayString = "${portal.publishing.poll-interval:30s}")
    void publishDue() {
        try {
            int published = SystemTask.call(editorial::publishDue);
            if (published > 0) {
                log.info("Scheduled publishing: {} item(s) went live", published);
            } else {
                log.debug("Scheduled publishing: nothing due");
            }
        } catch (RuntimeException failure) {
            // Nothing was published (one transaction); the next poll tries again, so no stack trace
            // for a database that is briefly away.
            if (Failures.isDatabaseUnavailable(failure)) {
                log.warn("Scheduled publishing skipped, database unavailable: {}", failure.toString());
            } else {
                log.error("Scheduled publishing failed; retrying at the next poll", failure);
            }
        }
    }
}
