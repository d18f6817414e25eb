package vn.renluyen;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tests that read the index wait until the outbox has been processed, instead of sleeping a guess. */
public final class SearchIndex {

    private SearchIndex() {
    }

    public static void awaitOutboxEmpty(JdbcTemplate jdbc) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Long pending = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
            if (pending != null && pending == 0) {
                return;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The search outbox was not processed within 90 s");
    }
}
