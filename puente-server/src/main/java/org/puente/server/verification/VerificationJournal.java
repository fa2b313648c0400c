package org.puente.server.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The durable log of verifications, written by group commit: callers queue their record and wait;
 * one writer thread takes whatever has queued, chains it and inserts it in one statement, commits
 * once, and only then releases the callers. Under load each commit carries many records (the
 * queue fills while the previous batch commits); alone, a record commits at once. A caller is
 * answered only after its record committed, so no acknowledged reference is lost to a crash.
 */
@Component
class VerificationJournal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VerificationJournal.class);
    private static final int MAX_BATCH = 2_000;
    private static final List<String> COLUMNS = List.of("seq", "reference", "at", "channel", "relying_party_id",
            "purpose", "document_type", "document_id", "outcome", "prev_hash", "hash");

    private record Pending(VerificationRecord record, CompletableFuture<Void> committed, long queuedAt) {
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
    private final JdbcClient jdbc;
    private volatile boolean running;
    private Thread thread;
    /** The chain's head as this writer last committed it; null when it must be read again. */
    private Head head;

    private final Timer waited;
    private final Timer committing;
    private final DistributionSummary batches;

    VerificationJournal(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.waited = Timer.builder("puente.verification.journal.wait")
                .description("From a verification's record queued to committed").publishPercentiles(0.5, 0.99)
                .register(meters);
        this.committing = Timer.builder("puente.verification.journal.commit")
                .description("One group commit: chain, insert, commit").publishPercentiles(0.5, 0.99).register(meters);
        this.batches = DistributionSummary.builder("puente.verification.journal.batch")
                .description("Records per group commit").publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Records a verification and returns once it is committed; {@link Unavailable} if it could not be. */
    void record(VerificationRecord record) {
        Pending pending = new Pending(record, new CompletableFuture<>(), System.nanoTime());
        if (!running || !queue.offer(pending)) {
            throw new Unavailable();
        }
        try {
            pending.committed().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        List<VerificationRecord> records = batch.stream().map(Pending::record).toList();
        try {
            long started = System.nanoTime();
            appendWithRetry(records);
            long now = System.nanoTime();
            committing.record(now - started, TimeUnit.NANOSECONDS);
            batches.record(batch.size());
            for (Pending p : batch) {
                p.committed().complete(null);
                waited.record(now - p.queuedAt(), TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            // Nobody is told "done" for records that did not commit: their callers answer 503.
            log.warn("verification batch of {} not committed: {}", batch.size(), e.getClass().getSimpleName());
            batch.forEach(p -> p.committed().completeExceptionally(e));
        }
    }

    /**
     * Appends a batch as one multi-row insert outside any transaction: one statement, so one
     * atomic commit in one round trip to the database (the driver returns once the commit is
     * durable). The chain's head is held here, read from the log when unknown; another instance
     * appending first makes the insert collide on the sequence number, and the batch is chained
     * again on the new head.
     */
    private void appendWithRetry(List<VerificationRecord> records) {
        for (int attempt = 1; ; attempt++) {
            if (head == null) {
                head = jdbc.sql("select seq, hash from verification_record order by seq desc limit 1")
                        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional().orElse(Head.FIRST);
            }
            Head before = head;
            try {
                Head after = append(before, records);
                head = after;
                return;
            } catch (DuplicateKeyException e) {
                head = null;
                if (attempt == 3) {
                    throw e;
                }
            } catch (RuntimeException e) {
                head = null;
                throw e;
            }
        }
    }

    /** The newest record of the chain: its sequence number and hash. */
    private record Head(long seq, String hash) {
        static final Head FIRST = new Head(0, "0".repeat(64));
    }

    private Head append(Head head, List<VerificationRecord> records) {
        long seq = head.seq();
        String prev = head.hash();
        List<Object> values = new ArrayList<>(records.size() * COLUMNS.size());
        for (VerificationRecord r : records) {
            seq++;
            String hash = hash(seq, r, prev);
            values.addAll(java.util.Arrays.asList(seq, r.reference(), java.sql.Timestamp.from(r.at()),
                    r.channel().name(), r.relyingPartyId(), r.purpose() == null ? null : r.purpose().name(),
                    r.documentType(), r.documentId(), r.outcome().name(), prev, hash));
            prev = hash;
        }
        jdbc.sql(insertOf(records.size())).params(values).update();
        return new Head(seq, prev);
    }

    private static final String INSERT = "insert into verification_record (" + String.join(", ", COLUMNS) + ") values ";
    private static final String ROW = "(" + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";

    private static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    /** SHA-256 over the previous hash and the record's fields, length-prefixed (as the audit chain). */
    static String hash(long seq, VerificationRecord r, String prev) {
        StringBuilder canonical = new StringBuilder(200);
        for (Object field : new Object[] {seq, r.reference(), r.at().truncatedTo(ChronoUnit.MILLIS), r.channel(),
                r.relyingPartyId(), r.purpose(), r.documentType(), r.documentId(), r.outcome(), prev}) {
            String text = field == null ? "" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("verification-journal").daemon(true).start(this::run);
    }

    /** Stops taking records and writes those already queued. */
    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The web server stops first (phase below it), so no request is left waiting for the journal. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    /** The record could not be committed (database away, or too many waiting): nothing was acknowledged. */
    static final class Unavailable extends RuntimeException {
        Unavailable() {
            super("verification journal unavailable", null, false, false);
        }
    }
}
