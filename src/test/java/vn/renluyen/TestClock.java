package vn.renluyen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move by hand; it starts at the real time and never sleeps. */
public class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now = Instant.now();

    TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock copy = new TestClock(other);
        copy.now = now;
        return copy;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }
}
