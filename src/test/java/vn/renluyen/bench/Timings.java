package vn.renluyen.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies of one kind of call, collected from many threads; nearest-rank percentiles in milliseconds. */
public final class Timings {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    public void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    public int count() {
        return nanos.size();
    }

    public double percentileMs(double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        if (sorted.length == 0) {
            return 0;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public double maxMs() {
        return percentileMs(100);
    }
}
