package vn.renluyen.base;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One scan with clamd's INSTREAM command over TCP (clamd(8)): {@code zINSTREAM\0}, the bytes in chunks each
 * after its length as four bytes big-endian, a zero length to end, then one reply ended by {@code \0}
 * ("stream: OK", "stream: NAME FOUND", or "... ERROR").
 */
final class ClamdInstream {

    private static final byte[] COMMAND = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    /** Any length would do (clamd limits only the whole stream, StreamMaxLength); this keeps buffers small. */
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 1024;
    /**
     * Socket writes in Java have no timeout: a daemon that accepts but stops reading would hold the upload
     * for ever once the buffers are full. Closing the socket at the deadline ends any wait.
     */
    private static final ScheduledThreadPoolExecutor DEADLINES = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().name("clamd-deadline").daemon().factory());

    static {
        DEADLINES.setRemoveOnCancelPolicy(true);
    }

    private final String host;
    private final int port;
    private final Duration timeout;

    ClamdInstream(String address, Duration timeout) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException("portal.uploads.clamd-address must be host:port, not " + address);
        }
        this.host = address.substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        try {
            this.port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("portal.uploads.clamd-address must be host:port, not " + address, e);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("portal.uploads.clamd-address has no valid port: " + address);
        }
        this.timeout = timeout;
    }

    /** clamd's reply without its terminator; an IOException if clamd cannot be reached or answer in time. */
    String scan(byte[] data) throws IOException {
        try (Socket socket = new Socket()) {
            ScheduledFuture<?> deadline = DEADLINES.schedule(() -> closeQuietly(socket), timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                send(socket, data);
                return reply(socket.getInputStream());
            } catch (IOException e) {
                if (deadline.isDone()) {
                    throw new SocketTimeoutException("no answer from clamd in " + timeout.toMillis() + " ms");
                }
                throw e;
            } finally {
                deadline.cancel(false);
            }
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static void send(Socket socket, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4));
        out.write(COMMAND);
        for (int offset = 0; offset < data.length; offset += CHUNK) {
            int length = Math.min(CHUNK, data.length - offset);
            out.writeInt(length);
            out.write(data, offset, length);
        }
        out.writeInt(0);
        out.flush();
    }

    private static String reply(InputStream in) throws IOException {
        byte[] reply = new byte[MAX_REPLY];
        int length = 0;
        int next;
        while (length < MAX_REPLY && (next = in.read()) > 0) {
            reply[length++] = (byte) next;
        }
        if (length == 0) {
            throw new IOException("clamd closed the connection without an answer");
        }
        return new String(reply, 0, length, StandardCharsets.US_ASCII).strip();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing only ends the wait; the scan fails with its own exception.
        }
    }
}
