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

import org.puente.server.common.BulkWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable log of verifications, written by group commit: callers queue their record and wait;
 * one writer thread takes whatever has queued, chains and inserts it in one transaction, commits
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

    private record Pending(VerificationRecord record, CompletableFuture<Void> committed) {
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
    private final JdbcClient jdbc;
    private final BulkWriter writer;
    private final TransactionTemplate transactions;
    private volatile boolean running;
    private Thread thread;

    VerificationJournal(JdbcClient jdbc, BulkWriter writer, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.transactions = transactions;
    }

    /** Records a verification and returns once it is committed; {@link Unavailable} if it could not be. */
    void record(VerificationRecord record) {
        Pending pending = new Pending(record, new CompletableFuture<>());
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
        try {
            transactions.executeWithoutResult(tx -> append(batch.stream().map(Pending::record).toList()));
            batch.forEach(p -> p.committed().complete(null));
        } catch (RuntimeException e) {
            // Nobody is told "done" for records that did not commit: their callers answer 503.
            log.warn("verification batch of {} not committed: {}", batch.size(), e.getClass().getSimpleName());
            batch.forEach(p -> p.committed().completeExceptionally(e));
        }
    }

    private void append(List<VerificationRecord> records) {
        var head = jdbc.sql("select last_seq, last_hash from verification_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (long) head[0];
        String prev = (String) head[1];
        List<Object[]> rows = new ArrayList<>(records.size());
        for (VerificationRecord r : records) {
            seq++;
            String hash = hash(seq, r, prev);
            rows.add(new Object[] {seq, r.reference(), r.at(), r.channel().name(), r.relyingPartyId(),
                    r.purpose() == null ? null : r.purpose().name(), r.documentType(), r.documentId(),
                    r.outcome().name(), prev, hash});
            prev = hash;
        }
        writer.insert("verification_record", COLUMNS, rows);
        jdbc.sql("update verification_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", prev).update();
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
