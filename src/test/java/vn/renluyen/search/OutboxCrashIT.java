package vn.renluyen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.Application;
import vn.renluyen.SearchIndex;
import vn.renluyen.TestDatabase;

/**
 * A change committed to MariaDB reaches the index even if the portal stops before indexing it: the
 * first portal commits lessons but never processes its outbox (as if it died right after the
 * commit); a second portal on the same database and index folder indexes them.
 */
@Tag("own-context")
class OutboxCrashIT {

    @Test
    void committedChangesAreIndexedAfterARestart() throws IOException {
        String database = "rl_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestDatabase.Server server = TestDatabase.createDatabase(database);
        Path data = Files.createTempDirectory("rl-crash");
        try {
            try (ConfigurableApplicationContext first = start(server, database, data, false, true)) {
                JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isPositive();
                assertThat(hits(first, "dieu le dang")).isZero();
            }
            try (ConfigurableApplicationContext second = start(server, database, data, true, false)) {
                SearchIndex.awaitOutboxEmpty(second.getBean(JdbcTemplate.class));
                assertThat(hits(second, "dieu le dang")).isPositive();
            }
        } finally {
            TestDatabase.dropDatabase(database);
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static long hits(ConfigurableApplicationContext context, String q) {
        return context.getBean(SearchService.class).search(SearchQuery.of(q), Set.of(), null, 0, 5).total();
    }

    private static ConfigurableApplicationContext start(TestDatabase.Server server, String database, Path data,
            boolean processOutbox, boolean importContent) {
        // Command-line arguments, so that they win over application.properties (portal.data.dir is set there).
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + server.baseUrl() + database,
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password(),
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--server.port=0",
                "--portal.data.dir=" + data,
                "--portal.demo-data=false",
                "--portal.content.import-on-start=" + importContent,
                "--portal.search.rebuild-on-start=false",
                "--portal.publishing.scheduler.enabled=false",
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=" + processOutbox);
    }
}
