package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationService;

/**
 * The database goes away while the portal runs, then comes back. Uses a private embedded MariaDB
 * that this test stops and starts, never the shared server.
 */
@SpringBootTest(properties = {"portal.demo-data=true", "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.connection-timeout=2000"})
@ContextConfiguration(initializers = DatabaseOutageIT.PrivateDatabase.class)
@Tag("own-context")
class DatabaseOutageIT {

    static EmbeddedMariaDb server;

    @Autowired
    OrganizationService organizations;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void clearUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestsFailAsDatabaseUnavailableWhileItIsDownAndSucceedAfter() {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        List<Organization> before = organizations.manageable();
        assertThat(before).isNotEmpty();

        server.stop();
        Throwable failure = catchThrowable(organizations::manageable);
        assertThat(failure).isNotNull();
        assertThat(Failures.isDatabaseUnavailable(failure)).as("classified as an outage: %s", failure).isTrue();

        server.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<Organization> after = null;
        while (after == null && Instant.now().isBefore(deadline)) {
            try {
                after = organizations.manageable();
            } catch (RuntimeException stillDown) {
                assertThat(Failures.isDatabaseUnavailable(stillDown)).isTrue();
            }
        }
        assertThat(after).as("the portal recovers by itself").hasSameSizeAs(before);
    }

    static class PrivateDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server = EmbeddedMariaDb.start(Path.of("target", "outage-mariadb"), 0);
            String database = "outage_" + Long.toHexString(System.nanoTime());
            server.createDatabase(database);
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("rl-outage");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("privateDatabase", Map.of(
                    "spring.datasource.url", server.jdbcUrl(database),
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "",
                    "portal.data.dir", dataDir.toString())));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    server.stop();
                }
            });
        }
    }
}
