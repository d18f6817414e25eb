package vn.renluyen.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.renluyen.base.Failures;

/**
 * Hibernate Search gives up an outbox event after three failed attempts ({@code retry_delay} apart, 30 s by
 * default) and marks it ABORTED, where it would stay: an index storage failing for more than about two minutes
 * would lose every change committed meanwhile from the index. Every {@code portal.search.outbox-recovery-interval}
 * (1 min), once the index answers again, this puts such events back in the queue, so the event processor indexes
 * them like any other. If the index still cannot take them they are given up and queued again, at that pace.
 */
@Component
class SearchOutboxRecovery {

    private static final Logger log = LoggerFactory.getLogger(SearchOutboxRecovery.class);

    private final JdbcTemplate jdbc;
    private final SearchIndexAdmin index;

    SearchOutboxRecovery(JdbcTemplate jdbc, SearchIndexAdmin index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Scheduled(initialDelayString = "${portal.search.outbox-recovery-interval:1m}",
            fixedDelayString = "${portal.search.outbox-recovery-interval:1m}")
    void requeueAbortedEvents() {
        try {
            Long aborted = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'",
                    Long.class);
            if (aborted == null || aborted == 0) {
                return;
            }
            index.indexedDocuments(); // throws while the index storage still fails
            // process_after is written in UTC (hibernate.jdbc.time_zone).
            int requeued = jdbc.update("update hsearch_outbox_event set status = 'PENDING', retries = 0,"
                    + " process_after = utc_timestamp(6) where status = 'ABORTED'");
            log.warn("Search index: {} change(s) given up after indexing failures were queued again", requeued);
        } catch (RuntimeException failure) {
            if (Failures.isSearchIndexUnavailable(failure) || Failures.isDatabaseUnavailable(failure)) {
                log.debug("Search outbox recovery waits: {}", failure.toString());
            } else {
                log.error("Search outbox recovery failed; trying again at the next interval", failure);
            }
        }
    }
}
