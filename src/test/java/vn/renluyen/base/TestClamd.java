package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * A real ClamAV daemon (Debian's clamav-daemon) of the test's own: its own config, TCP port on 127.0.0.1 and
 * database folder holding one signature, for the EICAR test string (freshclam cannot reach its mirrors
 * here, and the real databases take a minute and a gigabyte to load). Starts in well under a second.
 */
final class TestClamd implements AutoCloseable {

    static final Path CLAMD = Path.of("/usr/sbin/clamd");
    /** clamd adds ".UNOFFICIAL" to the names of signatures outside its official databases. */
    static final String SIGNATURE = "Renluyen.Test.EICAR";
    private static final Duration START = Duration.ofSeconds(30);

    private final Path folder;
    private final Process process;
    private final int port;

    private TestClamd(Path folder, Process process, int port) {
        this.folder = folder;
        this.process = process;
        this.port = port;
    }

    static TestClamd start() {
        assertThat(CLAMD).as("clamd from Debian's package clamav-daemon (.ci/run installs it:"
                + " apt-get install clamav-daemon)").isExecutable();
        try {
            Path folder = Files.createTempDirectory("rl-clamd");
            Path database = Files.createDirectory(folder.resolve("db"));
            // A body signature: type 0 (any file), any offset, the bytes as hex. Matches EICAR inside any file.
            Files.writeString(database.resolve("renluyen-test.ndb"),
                    SIGNATURE + ":0:*:" + HexFormat.of().formatHex(eicar()) + "\n");
            int port = freePort();
            Path config = folder.resolve("clamd.conf");
            Files.writeString(config, String.join("\n",
                    "Foreground yes",
                    "DatabaseDirectory " + database,
                    "TCPAddr 127.0.0.1",
                    "TCPSocket " + port,
                    "LogFile " + folder.resolve("clamd.log"),
                    "MaxThreads 2",
                    ""));
            Process process = new ProcessBuilder(CLAMD.toString(), "--config-file=" + config)
                    .redirectErrorStream(true).redirectOutput(folder.resolve("clamd.out").toFile()).start();
            TestClamd clamd = new TestClamd(folder, process, port);
            clamd.awaitAnswering();
            return clamd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The EICAR anti-virus test file, put together at run time so that neither this source nor its class
     * file holds it (a developer's own virus scanner would quarantine them).
     */
    static byte[] eicar() {
        String first = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$";
        String second = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
        return (first + second).getBytes(StandardCharsets.US_ASCII);
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    private void awaitAnswering() throws IOException {
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clamd stopped at start: " + Files.readString(folder.resolve("clamd.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        stop();
        throw new IllegalStateException("clamd did not answer on " + address() + " within " + START);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
