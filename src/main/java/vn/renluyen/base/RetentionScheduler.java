package vn.renluyen.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Retention} every day at {@code portal.retention.cron} (default 02:30 in {@code portal.time-zone}).
 * It runs with nobody signed in, so the audit log names "system", as for the portal's other own work. With several
 * nodes each runs it; the deletes do not mind (a record another node deleted is simply not counted). Tests switch
 * it off ({@code portal.retention.scheduler.enabled=false}) and call {@link Retention#run()} themselves.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.retention.scheduler.enabled", matchIfMissing = true)
class RetentionScheduler {

    private final Retention retention;

    RetentionScheduler(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${portal.retention.cron:0 30 2 * * *}", zone = "${portal.time-zone:Asia/Ho_Chi_Minh}")
    void deleteExpired() {
        retention.run();
    }
}
