package vn.renluyen.search.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wall-clock time of each query of a list, run one after another by one client (what one person's
 * search costs; with 2 cores, parallel clients would mostly measure the scheduler).
 */
record Latencies(long[] nanos, long totalNanos) {

    /** Runs the warm-up list unmeasured (JIT, caches, MariaDB buffer pool), then the queries once measured. */
    static Latencies measure(List<String> warmUp, List<String> queries, Consumer<String> engine) {
        warmUp.forEach(engine);
        long[] nanos = new long[queries.size()];
        long start = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            engine.accept(queries.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        return new Latencies(nanos, System.nanoTime() - start);
    }

    /** The same measurements restricted to some positions of the list, to compare engines on the same queries. */
    Latencies at(List<Integer> positions) {
        long[] picked = positions.stream().mapToLong(i -> nanos[i]).toArray();
        return new Latencies(picked, Arrays.stream(picked).sum());
    }

    int count() {
        return nanos.length;
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMs(double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double p50() {
        return percentileMs(50);
    }

    double p95() {
        return percentileMs(95);
    }

    double perSecond() {
        return nanos.length / (totalNanos / 1e9);
    }
}
