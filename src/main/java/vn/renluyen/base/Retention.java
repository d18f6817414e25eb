package vn.renluyen.base;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the technical and transient data that has outlived its purpose ({@link RetentionPeriods}), through each
 * {@link RetentionTask} of the features that own it. {@link RetentionScheduler} runs it daily; tests call
 * {@link #run()} with their clock. Each run logs one line with the counts and, when anything went, writes one
 * audit entry with them (counts only, never what the records held). A task that fails is logged and retried at
 * the next run; the others still run.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final List<RetentionTask> tasks;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Retention(List<RetentionTask> tasks, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.tasks = tasks.stream().sorted(Comparator.comparing(RetentionTask::dataName)).toList();
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs every task once; returns how many records each deleted (failed tasks are left out). */
    public Map<String, Integer> run() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (RetentionTask task : tasks) {
            try {
                deleted.put(task.dataName(), task.deleteExpired(clock.instant()));
            } catch (RuntimeException failure) {
                failed.add(task.dataName());
                if (Failures.isDatabaseUnavailable(failure)) {
                    log.warn("Retention: {} skipped, database unavailable: {}", task.dataName(), failure.toString());
                } else {
                    log.error("Retention: {} failed; retrying at the next run", task.dataName(), failure);
                }
            }
        }
        String counts = deleted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        String summary = failed.isEmpty() ? counts : counts + "; failed: " + String.join(", ", failed);
        log.info("Retention: deleted {}", summary);
        if (deleted.values().stream().anyMatch(count -> count > 0)) {
            transactions.executeWithoutResult(status -> audit.record("retention.run", "retention", null, null,
                    "deleted " + summary));
        }
        return deleted;
    }
}
