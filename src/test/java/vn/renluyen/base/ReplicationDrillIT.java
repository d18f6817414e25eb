package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import vn.renluyen.Users;
import vn.renluyen.news.ArticleService;
import vn.renluyen.news.NewsCatalog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;

/**
 * Database replication drill (issue #9): the portal on Connector/J's replication URL over a primary and a replica
 * on loopback ({@link LoopbackReplication}). Writes through the services land on the primary; the public news page
 * (a read-only transaction) is served by the replica and shows a new article once the replica has caught up; with
 * the replica stopped the same page is served by the primary, and after its restart by the replica again.
 */
@SpringBootTest(properties = {"portal.demo-data=true", "portal.content.import-on-start=false",
        "portal.publishing.scheduler.enabled=false", "spring.datasource.hikari.maximum-pool-size=4"})
@ContextConfiguration(initializers = ReplicationDrillIT.PrimaryAndReplica.class)
@Tag("own-context")
class ReplicationDrillIT {

    static LoopbackReplication servers;

    @Autowired
    ArticleService articles;
    @Autowired
    EditorialService editorial;
    @Autowired
    NewsCatalog news;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** What a call returned, and the server (its {@code @@server_id}) whose connection the transaction used. */
    record Served<T>(T value, int serverId) {
    }

    @Test
    void readsGoToTheReplicaWritesToThePrimaryAndReadsFallBackToThePrimaryWhileTheReplicaIsDown() {
        assertThat(transactions).isInstanceOf(ReplicaFallbackTransactionManager.class);

        // A publisher's write: its read-write transaction runs on the primary, the row is there.
        Served<String> first = publish("Tin diễn tập nhân bản " + token());
        assertThat(first.serverId()).as("server of the read-write transaction").isEqualTo(LoopbackReplication.PRIMARY_ID);
        assertThat(servers.countOnPrimary("select count(*) from article where slug = ?", first.value())).isOne();

        // Once the replica has caught up, the public page reads the article from the replica.
        servers.awaitReplicaCaughtUp();
        assertThat(servers.countOnReplica("select count(*) from article where slug = ?", first.value())).isOne();
        Served<Optional<NewsCatalog.ArticlePage>> page = readOnly(() -> news.article(first.value()));
        assertThat(page.serverId()).as("server of the read-only transaction").isEqualTo(LoopbackReplication.REPLICA_ID);
        assertThat(page.value()).as("/tin-tuc/%s from the replica", first.value()).isPresent();

        // Replica down: the same reads still answer, from the primary; writes go on.
        servers.stopReplica();
        for (int i = 0; i < 6; i++) {
            Served<Optional<NewsCatalog.ArticlePage>> fallback = readOnly(() -> news.article(first.value()));
            assertThat(fallback.serverId()).as("read %s with the replica down", i).isEqualTo(LoopbackReplication.PRIMARY_ID);
            assertThat(fallback.value()).isPresent();
        }
        Served<String> second = publish("Tin viết khi bản sao dừng " + token());
        Served<Optional<NewsCatalog.ArticlePage>> fresh = readOnly(() -> news.article(second.value()));
        assertThat(fresh.serverId()).isEqualTo(LoopbackReplication.PRIMARY_ID);
        assertThat(fresh.value()).as("the article written while the replica was down, read at once").isPresent();

        // Replica back: it catches up with what was written meanwhile and serves the reads again.
        servers.startReplica();
        servers.awaitReplicaCaughtUp();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Served<Optional<NewsCatalog.ArticlePage>> back = readOnly(() -> news.article(second.value()));
        while (back.serverId() != LoopbackReplication.REPLICA_ID && Instant.now().isBefore(deadline)) {
            assertThat(back.value()).isPresent();
            back = readOnly(() -> news.article(second.value()));
        }
        assertThat(back.serverId()).as("reads return to the restarted replica").isEqualTo(LoopbackReplication.REPLICA_ID);
        assertThat(back.value()).as("the article written while it was down, read from the replica").isPresent();
        System.out.printf("Replication drill: write on server %d; read on server %d after catch-up; %d reads on"
                + " server %d with the replica down; read on server %d after its restart%n", first.serverId(),
                page.serverId(), 6, fresh.serverId(), back.serverId());
    }

    /** Editor writes and submits, publisher publishes (in a read-write transaction whose server is noted). */
    private Served<String> publish(String title) {
        EditorialItem item = Users.as(users, "bientap", () -> articles.createDraft(title));
        Users.run(users, "bientap", () -> {
            editorial.save(item.getId(), new Draft(title, "Bài của lần diễn tập nhân bản.", "Nội dung: " + title), null);
            editorial.submit(item.getId());
        });
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        return Users.as(users, "xuatban", () -> readWrite.execute(status -> {
            editorial.publish(item.getId());
            String slug = articles.ofItem(item.getId()).orElseThrow().getSlug();
            return new Served<>(slug, serverId());
        }));
    }

    private <T> Served<T> readOnly(Supplier<T> read) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> new Served<>(read.get(), serverId()));
    }

    /** Asked on the transaction's own connection (JdbcTemplate joins the JPA transaction). */
    private int serverId() {
        return jdbc.queryForObject("select @@server_id", Integer.class);
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** Starts the two servers and sets replication up before the portal (and Flyway) starts. */
    static class PrimaryAndReplica implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            servers = LoopbackReplication.start(Path.of("target", "replication-drill"), "drill");
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("rl-replication");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("replication", Map.of(
                    "spring.datasource.url", servers.url(),
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "",
                    "portal.data.dir", dataDir.toString())));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    servers.stop();
                    FileSystemUtils.deleteRecursively(dataDir.toFile());
                }
            });
        }
    }
}
