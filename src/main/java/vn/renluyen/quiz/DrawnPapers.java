package vn.renluyen.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The papers of attempts in progress, read from the database at most once per node. A paper never changes
 * after the draw, so a cached one is never stale; this keeps saving an answer down to one UPDATE when
 * thousands of entrants answer at once. Bounded, and forgotten a while after the last use.
 */
@Component
class DrawnPapers {

    /** Who may answer on a paper and what it belongs to, with the paper itself. */
    record Drawn(long accountId, QuizSubject subject, Paper paper) {
    }

    private final QuizAttemptRepository attempts;
    private final Cache<Long, Drawn> cache = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    DrawnPapers(QuizAttemptRepository attempts) {
        this.attempts = attempts;
    }

    /** The attempt's paper, parsed once: the row is at hand (locked for a submission). */
    Paper paperOf(QuizAttempt attempt) {
        return cache.get(attempt.getId(), id -> new Drawn(attempt.getAccountId(), attempt.getSubject(),
                PaperCodec.paper(attempt.getPaper()))).paper();
    }

    Optional<Drawn> of(long attemptId) {
        Drawn drawn = cache.getIfPresent(attemptId);
        if (drawn == null) {
            drawn = attempts.drawnPaper(attemptId).stream().findFirst()
                    .map(row -> new Drawn((Long) row[0], QuizSubject.parse((String) row[1]),
                            PaperCodec.paper((String) row[2])))
                    .orElse(null);
            if (drawn != null) {
                cache.put(attemptId, drawn);
            }
        }
        return Optional.ofNullable(drawn);
    }
}
