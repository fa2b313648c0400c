package org.puente.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;

/**
 * Fixed-rate (open-loop) HTTP load from one thread, the way wrk2 drives a server: keep-alive
 * connections on one selector; request {@code i} is due at {@code start + i / rate} and goes out on
 * an idle connection as soon as the loop is awake at or after that time; the loop sleeps on the
 * selector until an answer arrives or the next request is due, at millisecond resolution as wrk2's
 * timers. Each latency counts from when its request was due, so a stall of the server, of the
 * machine or of this loop is in the figures, not hidden (no coordinated omission).
 *
 * <p>One thread waking about once a millisecond costs the machine it shares with the server much less
 * than a thread per connection, each parking until its own request's time and blocking on its
 * answer: at 4,500 requests/s that design took about a third of one of the two cores.
 */
final class OpenLoad {

    /** What one run measured: latencies in nanoseconds and answers counted by status class. */
    record Outcome(long[] latencies, long[] statuses, long errors, double seconds) {
    }

    private final InetSocketAddress address;
    private final List<byte[]> requests;
    private final Selector selector;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final long[] latencies;
    private final long[] statuses = new long[6];
    private int answered;
    private long errors;

    private OpenLoad(URI base, List<byte[]> requests, long total) throws IOException {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.requests = requests;
        this.selector = Selector.open();
        this.latencies = new long[(int) total];
    }

    /** Sends {@code rate × seconds} requests at {@code rate} a second over {@code connections} connections. */
    static Outcome run(URI base, List<byte[]> requests, int connections, int seconds, double rate) throws IOException {
        long total = (long) (rate * seconds);
        OpenLoad load = new OpenLoad(base, requests, total);
        try {
            return load.drive(connections, total, (long) (1e9 / rate));
        } finally {
            load.selector.close();
        }
    }

    private Outcome drive(int connections, long total, long intervalNanos) throws IOException {
        for (int c = 0; c < connections; c++) {
            idle.add(open());
        }
        long start = System.nanoTime() + 50_000_000L;
        long giveUp = start + total * intervalNanos + 30_000_000_000L;
        long next = 0;
        int inFlight = 0;
        while (next < total || inFlight > 0) {
            long now = System.nanoTime();
            if (now > giveUp) {
                errors += inFlight; // unanswered 30 s after the last was due
                break;
            }
            while (next < total && start + next * intervalNanos <= now && !idle.isEmpty()) {
                Connection connection = idle.poll();
                if (connection.send(requests.get((int) (next % requests.size())), start + next * intervalNanos)) {
                    inFlight++;
                } else {
                    errors++;
                    idle.add(reopen(connection));
                }
                next++;
            }
            long timeoutMillis = 100;
            if (next < total && !idle.isEmpty()) {
                long wait = start + next * intervalNanos - System.nanoTime();
                timeoutMillis = Math.max(1, (wait + 999_999) / 1_000_000);
            }
            selector.select(timeoutMillis);
            for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                SelectionKey key = it.next();
                it.remove();
                Connection connection = (Connection) key.attachment();
                if (!connection.busy) { // the server closed an idle connection
                    idle.remove(connection);
                    idle.add(reopen(connection));
                    continue;
                }
                int status;
                try {
                    status = connection.receive();
                } catch (IOException e) {
                    status = -1;
                }
                if (status == 0) {
                    continue; // the answer is not all here yet
                }
                inFlight--;
                connection.busy = false;
                if (status < 0) {
                    errors++;
                    idle.add(reopen(connection));
                    continue;
                }
                latencies[answered++] = System.nanoTime() - connection.due;
                statuses[Math.min(5, status / 100)]++;
                idle.add(connection.closing ? reopen(connection) : connection);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (SelectionKey key : selector.keys()) {
            ((Connection) key.attachment()).close();
        }
        return new Outcome(java.util.Arrays.copyOf(latencies, answered), statuses, errors, elapsed);
    }

    private Connection open() throws IOException {
        SocketChannel channel = SocketChannel.open(address);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.configureBlocking(false);
        Connection connection = new Connection(channel);
        channel.register(selector, SelectionKey.OP_READ, connection);
        return connection;
    }

    private Connection reopen(Connection old) throws IOException {
        old.close();
        return open();
    }

    /** One keep-alive connection with at most one request in flight, and the answer read so far. */
    private static final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(65_536);
        long due;
        boolean busy;
        boolean closing;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        /** Writes the whole request (a few hundred bytes: the socket's buffer takes it at once). */
        boolean send(byte[] request, long due) {
            this.due = due;
            this.busy = true;
            try {
                ByteBuffer out = ByteBuffer.wrap(request);
                for (int spins = 0; out.hasRemaining(); spins++) {
                    if (channel.write(out) == 0 && spins > 1_000) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** The answer's status once it has all arrived, 0 while more is to come, -1 if the connection closed. */
        int receive() throws IOException {
            if (channel.read(in) < 0) {
                return -1;
            }
            int length = in.position();
            byte[] data = in.array();
            int headersEnd = indexOf(data, length, 0, "\r\n\r\n");
            if (headersEnd < 0) {
                return length == in.capacity() ? -1 : 0;
            }
            String headers = new String(data, 0, headersEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            int end = headersEnd + 4;
            int contentLength = header(headers, "content-length");
            if (contentLength >= 0) {
                end += contentLength;
                if (end > length) {
                    return 0;
                }
            } else if (headers.contains("transfer-encoding: chunked")) {
                while (true) {
                    int sizeEnd = indexOf(data, length, end, "\r\n");
                    if (sizeEnd < 0) {
                        return 0;
                    }
                    String sizeLine = new String(data, end, sizeEnd - end, StandardCharsets.ISO_8859_1);
                    int size = Integer.parseInt(sizeLine.strip(), 16);
                    end = sizeEnd + 2 + size + 2;
                    if (end > length) {
                        return 0;
                    }
                    if (size == 0) {
                        break;
                    }
                }
            }
            closing = headers.contains("\r\nconnection: close");
            int status = Integer.parseInt(headers.substring(9, 12));
            in.limit(length).position(end);
            in.compact();
            return status;
        }

        private static int header(String headers, String name) {
            int at = headers.indexOf("\r\n" + name + ":");
            if (at < 0) {
                return -1;
            }
            int from = at + name.length() + 3;
            int to = headers.indexOf("\r\n", from);
            return Integer.parseInt(headers.substring(from, to < 0 ? headers.length() : to).strip());
        }

        private static int indexOf(byte[] data, int length, int from, String pattern) {
            outer:
            for (int i = from; i + pattern.length() <= length; i++) {
                for (int j = 0; j < pattern.length(); j++) {
                    if (data[i + j] != pattern.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
