package vn.renluyen.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.quiz.QuizDefinition.Question;

/**
 * The questions a contest draws from: the published banks of its source lessons, question ids prefixed
 * with the lesson's id so two banks' "q1" stay apart. Parsed once per set of published revisions: at a
 * synchronized start two thousand entrants would otherwise parse the same YAML two thousand times. Which
 * revisions are published is itself remembered for {@link #FRESH}: a bank published during a round reaches
 * new attempts within seconds, and a start costs four queries fewer.
 */
@Component
class ContestPool {

    private final QuizBankRepository banks;
    private final EditorialService editorial;
    static final Duration FRESH = Duration.ofSeconds(10);

    private final Map<String, List<Question>> parsed = new ConcurrentHashMap<>();
    private final Map<Set<Long>, Checked> checked = new ConcurrentHashMap<>();
    private final Clock clock;

    ContestPool(QuizBankRepository banks, EditorialService editorial, Clock clock) {
        this.banks = banks;
        this.editorial = editorial;
        this.clock = clock;
    }

    private record Checked(Pool pool, Instant at) {
    }

    /** The pool and its version ("12:3 15:1": lesson id and bank revision), for the attempt's record. */
    record Pool(String version, List<Question> questions) {
    }

    Pool of(Set<Long> moduleIds) {
        Instant now = clock.instant();
        Checked recent = checked.get(moduleIds);
        if (recent != null && !now.isAfter(recent.at().plus(FRESH)) && !now.isBefore(recent.at())) {
            return recent.pool();
        }
        Pool pool = lookUp(moduleIds);
        checked.put(Set.copyOf(moduleIds), new Checked(pool, now));
        return pool;
    }

    private Pool lookUp(Set<Long> moduleIds) {
        List<Published> published = moduleIds.stream().sorted().map(this::published).flatMap(Optional::stream)
                .toList();
        String version = published.stream().map(p -> p.moduleId() + ":" + p.revision())
                .collect(Collectors.joining(" "));
        return new Pool(version, parsed.computeIfAbsent(version, v -> parse(published)));
    }

    private Optional<Published> published(long moduleId) {
        return banks.findByModuleId(moduleId).flatMap(bank -> editorial.publicItem(bank.getEditorialItemId())
                .map(item -> new Published(moduleId, item.getId(), item.getPublishedRevision())));
    }

    private List<Question> parse(List<Published> published) {
        List<Question> pool = new ArrayList<>();
        for (Published p : published) {
            editorial.publishedRevision(p.itemId()).map(r -> QuizParser.parse(r.getBody())).ifPresent(quiz ->
                    quiz.questions().forEach(q -> pool.add(new Question(p.moduleId() + "-" + q.id(), q.type(),
                            q.text(), q.options(), q.explanation()))));
        }
        return List.copyOf(pool);
    }

    private record Published(long moduleId, long itemId, Integer revision) {
    }
}
