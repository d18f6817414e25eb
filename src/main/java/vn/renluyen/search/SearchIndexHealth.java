package vn.renluyen.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The search index in the health endpoint. When the index cannot be queried the portal still serves its
 * pages (search answers empty), so this reports DEGRADED rather than DOWN: readiness stays on the database.
 * The outbox backlog shows how far the index lags behind committed changes; changes Hibernate Search gave up after
 * failed attempts ({@code outboxAborted}) make it DEGRADED too, until {@link SearchOutboxRecovery} requeues them.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Search index unavailable; pages are served without it");

    private final SearchIndexAdmin index;
    private final JdbcTemplate jdbc;

    SearchIndexHealth(SearchIndexAdmin index, JdbcTemplate jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Long backlog = null;
        try {
            backlog = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
            long aborted = jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'ABORTED'",
                    Long.class);
            long documents = index.indexedDocuments();
            // Changes given up after failed indexing: the index lags until SearchOutboxRecovery queues them again.
            Health.Builder health = aborted > 0 ? Health.status(DEGRADED) : Health.up();
            return health.withDetail("documents", documents).withDetail("outboxBacklog", backlog)
                    .withDetail("outboxAborted", aborted).build();
        } catch (RuntimeException failure) {
            Health.Builder degraded = Health.status(DEGRADED).withDetail("error", failure.getClass().getSimpleName());
            return (backlog == null ? degraded : degraded.withDetail("outboxBacklog", backlog)).build();
        }
    }
}
