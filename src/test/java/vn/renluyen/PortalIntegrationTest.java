package vn.renluyen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a real MariaDB database of its own, with the demo organizations and
 * accounts and a clock the test can move. The publishing scheduler is off: tests call
 * {@code EditorialService.publishDue()} themselves after moving the clock, and a background run
 * must not race them; so is the daily retention run (tests call {@code Retention.run()}). Media of
 * the test-only owner types of {@link TestMediaAccess} can be delivered.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"portal.demo-data=true", "spring.datasource.hikari.maximum-pool-size=4",
        "portal.publishing.scheduler.enabled=false", "portal.retention.scheduler.enabled=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestClock.Config.class, TestMediaAccess.Config.class})
public @interface PortalIntegrationTest {
}
