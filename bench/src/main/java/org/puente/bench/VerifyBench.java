package org.puente.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the verification API: {@code POST /api/v1/verifications} against documents
 * sampled from the database (80% VALID, 10% expired or revoked, 10% NO_MATCH), keys drawn at random
 * from the demo relying parties, and side by side the trivial authenticated endpoint
 * {@code GET /api/v1/verifications/caller} (same key check, no work: the framework's ceiling).
 * Plain HTTP/1.1 keep-alive over sockets, so the client costs little of the machine it shares with
 * the server: in the closed loop one connection per client thread, at a fixed rate all connections
 * on one thread ({@link OpenLoad}).
 *
 * <p>Usage: {@code VerifyBench <baseUrl> <jdbcUrl> <dbUser> <seconds> <connections> [rate]}: closed
 * loop (each connection sends its next request when the answer arrives) for both endpoints, in
 * alternating rounds of a few seconds, {@code seconds} for each endpoint in all; then, after a
 * lead-in of up to ten seconds, a fixed-rate run at {@code rate} requests/s (default: half the
 * measured verification maximum) whose latencies count from each request's intended start, so a
 * stall is not hidden, and the same rate on the trivial endpoint as the control.
 */
public final class VerifyBench {

    static final String[] KEYS = {"demo-employer-key", "demo-bank-key", "demo-clinic-key", "demo-school-key",
            "demo-public-office-key"};

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String jdbcUrl = args[1];
        String dbUser = args[2];
        int seconds = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;

        List<byte[]> verifications = requests(base, sample(jdbcUrl, dbUser));
        List<byte[]> callers = new ArrayList<>();
        for (String key : KEYS) {
            callers.add(("GET /api/v1/verifications/caller HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + key + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        System.out.printf("requests prepared: %d verifications, %d connections, %d s per run%n",
                verifications.size(), connections, seconds);

        closedLoop(base, verifications, connections, Math.max(3, seconds / 3), "warm-up verifications");
        closedLoop(base, callers, connections, Math.max(3, seconds / 3), "warm-up caller");
        // The two endpoints alternate in short rounds, so a neighbour taking the shared machine's
        // cores for a while slows both alike; each round gives a ratio, and the medians are reported.
        int slice = Math.max(3, Math.min(5, seconds / 3));
        int rounds = Math.max(3, seconds / slice);
        double[] trivial = new double[rounds];
        double[] verify = new double[rounds];
        double[] ratios = new double[rounds];
        double[] trivialCpu = new double[rounds];
        double[] verifyCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long before = Cpu.now();
            Result t = closedLoop(base, callers, connections, slice, "round %d trivial endpoint".formatted(r + 1));
            long between = Cpu.now();
            Result v = closedLoop(base, verifications, connections, slice, "round %d verifications".formatted(r + 1));
            long after = Cpu.now();
            trivial[r] = t.throughput();
            verify[r] = v.throughput();
            ratios[r] = verify[r] / trivial[r];
            trivialCpu[r] = Cpu.microsPerRequest(before, between, t.requests());
            verifyCpu[r] = Cpu.microsPerRequest(between, after, v.requests());
        }
        // Processor time the whole machine spent per answer (server, database, this generator and
        // the kernel; time stolen by other guests of the host excluded): steadier than throughput.
        System.out.printf("machine CPU per request: trivial median %.0f us, verification median %.0f us (ratio %.2f)%n",
                median(trivialCpu), median(verifyCpu), median(trivialCpu) / median(verifyCpu));
        System.out.printf("trivial endpoint (closed loop)     median %8.0f req/s over %d rounds of %d s%n",
                median(trivial), rounds, slice);
        System.out.printf("verifications (closed loop)        median %8.0f req/s over %d rounds of %d s%n",
                median(verify), rounds, slice);
        System.out.printf("ratio verifications / trivial endpoint: median %.2f (rounds: %s)%n", median(ratios),
                java.util.Arrays.stream(ratios).mapToObj(x -> "%.2f".formatted(x)).toList());
        double target = rate > 0 ? rate : median(verify) / 2;
        // The closed loop leaves the server behind on its background work (records to store, blocks
        // to index): a lead-in at the target rate, reported but not counted, lets it catch up, so
        // the run below measures the steady state at that rate.
        fixedRate(base, verifications, connections * 4, Math.max(3, Math.min(10, seconds / 3)), target,
                "lead-in at that rate (not counted)");
        fixedRate(base, verifications, connections * 4, seconds, target, "verifications (fixed rate)");
        // The same rate on the trivial endpoint: the tail that the server, the machine and this
        // generator give a request that does no work (the control for the line above).
        fixedRate(base, callers, connections * 4, seconds, target, "trivial endpoint (fixed rate, same rate)");
    }

    /** The machine's busy processor time from /proc/stat, in clock ticks (Linux; zero elsewhere). */
    static final class Cpu {
        static long now() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim()
                        .split(" +");
                // user nice system idle iowait irq softirq steal
                long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]);
                return busy;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static double microsPerRequest(long from, long to, long requests) {
            return requests == 0 ? 0 : (to - from) * 10_000.0 / requests; // 100 ticks a second
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    record Sample(String type, String number, LocalDate birthDate, String expected) {
    }

    /** Documents spread over the whole table, classified as the server will answer them. */
    static List<Sample> sample(String jdbcUrl, String user) throws Exception {
        List<Sample> valid = new ArrayList<>();
        List<Sample> invalid = new ArrayList<>();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Lima"));
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, "");
             var rows = db.createStatement().executeQuery("""
                     select d.doc_type, d.number, p.birth_date, d.status, d.expires_on
                     from identity_document d join person p on p.id = d.person_id
                     where d.doc_type in ('CPP', 'CE', 'PTP', 'ASYLUM_SEEKER_CARD')""")) {
            long i = 0;
            while (rows.next()) {
                if (i++ % 50 != 0) {
                    continue;
                }
                String status = rows.getString(4);
                LocalDate expires = rows.getObject(5, LocalDate.class);
                boolean current = (status.equals("ACTIVE") || status.equals("EXTENDED"))
                        && (expires == null || !expires.isBefore(today));
                Sample s = new Sample(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class),
                        current ? "VALID" : status.equals("REVOKED") || status.equals("REPLACED") ? "REVOKED" : "EXPIRED");
                (current ? valid : invalid).add(s);
            }
        }
        System.out.printf("sampled %d valid and %d expired or revoked documents%n", valid.size(), invalid.size());
        SplittableRandom random = new SplittableRandom(42);
        List<Sample> mix = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int roll = random.nextInt(100);
            if (roll < 80) {
                mix.add(valid.get(random.nextInt(valid.size())));
            } else if (roll < 90) {
                mix.add(invalid.get(random.nextInt(invalid.size())));
            } else if (roll < 95) {
                Sample s = valid.get(random.nextInt(valid.size()));
                mix.add(new Sample(s.type(), s.number(), s.birthDate().plusDays(1), "NO_MATCH"));
            } else {
                mix.add(new Sample("CPP", String.format("9%08d", random.nextInt(100_000_000)), LocalDate.of(1990, 1, 1),
                        "NO_MATCH"));
            }
        }
        return mix;
    }

    static List<byte[]> requests(URI base, List<Sample> samples) {
        SplittableRandom random = new SplittableRandom(7);
        List<byte[]> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            String body = "{\"documentType\":\"" + s.type() + "\",\"documentNumber\":\"" + s.number()
                    + "\",\"birthDate\":\"" + s.birthDate() + "\"}";
            out.add(("POST /api/v1/verifications HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + KEYS[random.nextInt(KEYS.length)] + "\r\nContent-Type: application/json\r\nAccept: application/json"
                    + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        }
        return out;
    }

    record Result(long requests, long errors, double seconds, Percentiles latency, long[] statuses) {
        double throughput() {
            return requests / seconds;
        }
    }

    static Result closedLoop(URI base, List<byte[]> requests, int connections, int seconds, String label)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long[][] statuses = new long[connections][6];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            // Room for ~8 M latencies in all, whatever the number of connections (the heap is 1 GB).
            long[] mine = new long[Math.max(100_000, 8_000_000 / connections)];
            latencies.add(mine);
            int id = c;
            threads.add(Thread.ofPlatform().start(() -> {
                int n = 0;
                int next = id * 997;
                Client client = null;
                while (System.nanoTime() < end && n < mine.length - 1) {
                    byte[] request = requests.get(next++ % requests.size());
                    long t0 = System.nanoTime();
                    try {
                        client = client == null ? new Client(base) : client;
                        int status = client.send(request);
                        mine[n++] = System.nanoTime() - t0;
                        statuses[id][Math.min(5, status / 100)]++;
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        client = Client.closeQuietly(client);
                    }
                }
                Client.closeQuietly(client);
                mine[mine.length - 1] = n; // count, read back below
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return report(label, latencies, statuses, errors.get(), elapsed);
    }

    /** An open loop at {@code rate} requests/s ({@link OpenLoad}); latencies count from each request's due time. */
    static Result fixedRate(URI base, List<byte[]> requests, int connections, int seconds, double rate, String label)
            throws IOException {
        java.time.LocalTime started = java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        OpenLoad.Outcome outcome = OpenLoad.run(base, requests, connections, seconds, rate);
        System.out.printf("target rate %.0f/s, started %s%n", rate, started);
        Result result = report(label, outcome.latencies(), outcome.statuses(), outcome.errors(), outcome.seconds());
        System.out.println("   slow windows: " + slowWindows(outcome.latencies(), rate));
        return result;
    }

    /**
     * The 100 ms windows (seconds from the start) whose answers include some over 20 ms, with how
     * many and the slowest: to set a tail beside the server's log (collections, index passes).
     * Answers are in arrival order, near enough to the order they were due in.
     */
    static String slowWindows(long[] latencies, double rate) {
        int perWindow = Math.max(1, (int) (rate / 10));
        StringBuilder windows = new StringBuilder();
        for (int from = 0; from < latencies.length; from += perWindow) {
            int over = 0;
            long slowest = 0;
            for (int i = from; i < Math.min(latencies.length, from + perWindow); i++) {
                over += latencies[i] > 20_000_000L ? 1 : 0;
                slowest = Math.max(slowest, latencies[i]);
            }
            if (over > 0) {
                windows.append(" %.1fs: %d over 20 ms, up to %d ms;".formatted(from / (double) perWindow / 10, over,
                        slowest / 1_000_000));
            }
        }
        return windows.isEmpty() ? "none" : windows.toString();
    }

    private static Result report(String label, List<long[]> latencies, long[][] statuses, long errors, double elapsed) {
        int count = 0;
        for (long[] l : latencies) {
            count += (int) l[l.length - 1];
        }
        long[] all = new long[count];
        int at = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, at, n);
            at += n;
        }
        long[] byClass = new long[6];
        for (long[] s : statuses) {
            for (int i = 0; i < 6; i++) {
                byClass[i] += s[i];
            }
        }
        return report(label, all, byClass, errors, elapsed);
    }

    private static Result report(String label, long[] latencies, long[] byClass, long errors, double elapsed) {
        Percentiles p = new Percentiles(latencies);
        Result r = new Result(latencies.length, errors, elapsed, p, byClass);
        System.out.printf("%-34s %8.0f req/s  %s  2xx=%d 4xx=%d 5xx=%d reconnects=%d%n", label,
                r.throughput(), p.summary(), byClass[2], byClass[4], byClass[5], errors);
        return r;
    }

    /** One keep-alive HTTP/1.1 connection: sends a prepared request and reads the whole answer. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] buffer = new byte[16_384];

        Client(URI base) throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        int send(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return status;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (read < 0) {
                    throw new IOException("connection closed");
                }
                n -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    s.append((char) c);
                }
            }
            return s.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        static Client closeQuietly(Client client) {
            if (client != null) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
            return null;
        }
    }
}
