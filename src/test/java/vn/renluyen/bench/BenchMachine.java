package vn.renluyen.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmarks print about the machine they ran on, so that figures are read with their load. */
public final class BenchMachine {

    private BenchMachine() {
    }

    /** The 1-, 5- and 15-minute load averages, as "1.02/0.80/0.55". */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
