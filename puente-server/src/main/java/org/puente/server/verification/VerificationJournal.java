package org.puente.server.verification;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The durable log of verifications, in two steps (decision 0013). First, local files: callers
 * queue their record and wait; one writer thread appends whatever has queued to the current
 * segment and only then releases the callers, so no acknowledged reference is lost when the
 * server is killed. The segment is synced to disk every {@code sync-interval}, or, in
 * {@code always} mode, before the callers are released (group commit). Then a second thread
 * moves the records into the {@code verification_record} table beside the audit log, many hundreds
 * per commit, and deletes a segment once all its records are stored. Segments a crash left
 * behind are stored at the next start, before any request is taken.
 */
@Component
class VerificationJournal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VerificationJournal.class);
    private static final int MAX_BATCH = 2_000;
    /** Records per local segment before the next one is started (a few megabytes). */
    private static final int SEGMENT_RECORDS = 100_000;
    /** Journaled but not yet stored records, before new ones are refused (the database is away). */
    private static final int MAX_UNSTORED = 500_000;
    /** Records per move into the database (one transaction). */
    private static final int MAX_STORE = 10_000;
    /** A backlog this large is moved at once, without waiting {@code store-every}. */
    private static final int STORE_AT_ONCE = 1_000;

    /** When the journal's writes are synced to disk (decision 0013). */
    enum Sync {
        /** Before the callers are answered: an acknowledged record survives a power cut. */
        ALWAYS,
        /**
         * Written to the operating system before the callers are answered, so an acknowledged
         * record survives the server being killed; synced every {@code sync-interval}, so a power
         * cut or crash of the machine can lose that much, as for read audits (decision 0004).
         */
        INTERVAL
    }

    private record Pending(VerificationRecord record, CompletableFuture<Void> synced, long queuedAt) {
    }

    /** Synced records for the table, in order; or a segment that was closed after them. */
    private record Synced(List<VerificationRecord> records, Path closedSegment) {
    }

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(20_000);
    private final BlockingQueue<Synced> toStore = new LinkedBlockingQueue<>();
    private final AtomicInteger unstored = new AtomicInteger();
    private final VerificationStore store;
    private final Path dir;
    private final Duration storeEvery;
    private final long gatherNanos;
    /** Command-line tasks (import, demo, backup…) never verify, and the server may hold the journal. */
    private final boolean serving;
    private final boolean syncEachBatch;
    private final long syncIntervalNanos;
    /** When the last record of the previous batch was queued (writer thread only). */
    private long lastQueuedAt;
    private JournalSegments segments;
    private volatile boolean running;
    private volatile boolean storing;
    private Thread writer;
    private Thread storer;

    private final Timer waited;
    private final Timer syncing;
    private final DistributionSummary batches;
    private final Timer storingTime;
    private final DistributionSummary stored;

    VerificationJournal(VerificationStore store, MeterRegistry meters,
                        @Value("${puente.verification.journal.dir}") Path dir,
                        @Value("${puente.verification.journal.store-every:50ms}") Duration storeEvery,
                        @Value("${puente.verification.journal.gather:1ms}") Duration gather,
                        @Value("${puente.verification.journal.sync:interval}") Sync sync,
                        @Value("${puente.verification.journal.sync-interval:20ms}") Duration syncInterval,
                        @Value("${puente.command:serve}") String command) {
        this.store = store;
        this.serving = "serve".equals(command);
        this.syncEachBatch = sync == Sync.ALWAYS;
        this.syncIntervalNanos = syncInterval.toNanos();
        this.gatherNanos = gather.toNanos();
        this.dir = dir;
        this.storeEvery = storeEvery;
        this.waited = Timer.builder("puente.verification.journal.wait")
                .description("From a verification's record queued to synced to disk").publishPercentiles(0.5, 0.99)
                .register(meters);
        this.syncing = Timer.builder("puente.verification.journal.sync")
                .description("One sync of the local journal to disk").publishPercentiles(0.5, 0.99)
                .register(meters);
        this.batches = DistributionSummary.builder("puente.verification.journal.batch")
                .description("Records per group commit").publishPercentiles(0.5, 0.99).register(meters);
        this.storingTime = Timer.builder("puente.verification.journal.store")
                .description("Moving synced records into the database").publishPercentiles(0.5, 0.99).register(meters);
        this.stored = DistributionSummary.builder("puente.verification.journal.stored")
                .description("Records per move into the database").publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("puente.verification.journal.unstored", unstored, AtomicInteger::get)
                .description("Records synced locally and not yet in the database").register(meters);
    }

    /**
     * Records a verification and returns once it is in the journal (written, and synced in
     * {@code always} mode); {@link Unavailable} if it could not be.
     */
    void record(VerificationRecord record) {
        Pending pending = new Pending(record, new CompletableFuture<>(), System.nanoTime());
        if (!running || !queue.offer(pending)) {
            throw new Unavailable();
        }
        try {
            pending.synced().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable();
        }
    }

    /** Records journaled locally that have not reached the database yet (tests wait for none). */
    int unstored() {
        return unstored.get();
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        long nextSync = System.nanoTime() + syncIntervalNanos;
        while (running || !queue.isEmpty()) {
            try {
                if (!syncEachBatch && segments.unsynced() && System.nanoTime() - nextSync >= 0) {
                    syncWritten();
                    nextSync = System.nanoTime() + syncIntervalNanos;
                }
                long wait = syncEachBatch || !segments.unsynced() ? 100_000_000L
                        : Math.max(0, nextSync - System.nanoTime());
                Pending first = queue.poll(wait, TimeUnit.NANOSECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (syncEachBatch) {
                    gather(batch);
                }
                sync(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
        syncWritten();
    }

    /** In {@code interval} mode: puts on disk what was written since the last sync. */
    private void syncWritten() {
        try {
            long started = System.nanoTime();
            segments.sync();
            syncing.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            log.warn("verification journal not synced: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Under load, waits a moment for more records before syncing: a sync costs the machine about
     * as much processor time as a whole verification, so fewer, larger ones leave more for
     * answering. Waits only while records arrive faster than one per {@code gather} (so a record
     * alone is synced at once), and never longer than {@code gather} after the first was queued.
     */
    private void gather(List<Pending> batch) throws InterruptedException {
        long first = batch.getFirst().queuedAt();
        long last = batch.getLast().queuedAt();
        long gap = batch.size() > 1 ? (last - first) / (batch.size() - 1) : last - lastQueuedAt;
        lastQueuedAt = last;
        if (gatherNanos <= 0 || gap >= gatherNanos) {
            return;
        }
        long deadline = first + gatherNanos;
        while (batch.size() < MAX_BATCH) {
            long rest = deadline - System.nanoTime();
            if (rest <= 0) {
                break;
            }
            Pending next = queue.poll(rest, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
        lastQueuedAt = batch.getLast().queuedAt();
    }

    private void sync(List<Pending> batch) {
        List<VerificationRecord> records = batch.stream().map(Pending::record).toList();
        if (unstored.get() + records.size() > MAX_UNSTORED) {
            // The database has been away for a while: refuse rather than hold ever more in memory.
            batch.forEach(p -> p.synced().completeExceptionally(new Unavailable()));
            return;
        }
        long started = System.nanoTime();
        try {
            segments.append(records, syncEachBatch);
        } catch (IOException | RuntimeException e) {
            // Nobody is told "done" for records that were not synced: their callers answer 503. The
            // segment may end in a torn write, so the next records go to a new one.
            log.warn("verification batch of {} not synced: {}", batch.size(), e.getClass().getSimpleName());
            batch.forEach(p -> p.synced().completeExceptionally(e));
            rotate();
            return;
        }
        long now = System.nanoTime();
        if (syncEachBatch) {
            syncing.record(now - started, TimeUnit.NANOSECONDS);
        }
        batches.record(batch.size());
        unstored.addAndGet(records.size());
        toStore.add(new Synced(records, null));
        for (Pending p : batch) {
            p.synced().complete(null);
            waited.record(now - p.queuedAt(), TimeUnit.NANOSECONDS);
        }
        if (segments.recordsInCurrent() >= SEGMENT_RECORDS) {
            rotate();
        }
    }

    private void rotate() {
        try {
            Path closed = segments.rotate();
            if (closed != null) {
                toStore.add(new Synced(List.of(), closed));
            }
        } catch (IOException e) {
            log.warn("verification journal segment not closed: {}", e.getClass().getSimpleName());
        }
    }

    /** Moves synced records into the database, waiting {@code storeEvery} between moves so each carries many. */
    private void storeSynced() {
        List<VerificationRecord> records = new ArrayList<>(MAX_STORE);
        List<Path> closed = new ArrayList<>();
        int taken = 0;
        boolean retrying = false;
        long backoff = 100;
        while (storing || !toStore.isEmpty()) {
            try {
                long started = System.nanoTime();
                if (records.isEmpty() && closed.isEmpty()) {
                    Synced first = toStore.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    take(first, records, closed);
                    while (records.size() < MAX_STORE) {
                        Synced next = toStore.poll();
                        if (next == null) {
                            break;
                        }
                        take(next, records, closed);
                    }
                    taken = records.size();
                }
                try {
                    if (retrying) {
                        // Part of the records may have been stored before the failure.
                        List<VerificationRecord> rest = store.notStored(records);
                        records.clear();
                        records.addAll(rest);
                    }
                    store.append(records);
                } catch (RuntimeException e) {
                    // Still durable in the local segments: try again, more slowly, until the database is back.
                    log.warn("{} verification records not stored yet: {}", records.size(), e.getClass().getSimpleName());
                    Thread.sleep(backoff);
                    backoff = Math.min(5_000, backoff * 2);
                    retrying = true;
                    if (!storing) {
                        return; // stopping: the segments are stored at the next start
                    }
                    continue;
                }
                backoff = 100;
                retrying = false;
                storingTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                stored.record(taken);
                unstored.addAndGet(-taken);
                closed.forEach(segments::delete);
                records.clear();
                closed.clear();
                long rest = storeEvery.toNanos() - (System.nanoTime() - started);
                if (storing && rest > 0 && unstored.get() < STORE_AT_ONCE) {
                    LockSupport.parkNanos(rest); // stop() wakes it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void take(Synced synced, List<VerificationRecord> records, List<Path> closed) {
        records.addAll(synced.records());
        if (synced.closedSegment() != null) {
            closed.add(synced.closedSegment());
        }
    }

    /** Stores what an earlier run synced and did not store (a crash, or the database away at the time). */
    private void storeLeftOvers() {
        int recovered = 0;
        for (Path segment : segments.segments()) {
            List<VerificationRecord> missing = store.notStored(JournalSegments.read(segment));
            for (int from = 0; from < missing.size(); from += MAX_STORE) {
                store.append(missing.subList(from, Math.min(missing.size(), from + MAX_STORE)));
            }
            segments.delete(segment);
            recovered += missing.size();
        }
        if (recovered > 0) {
            log.info("verification journal: {} records of an earlier run stored", recovered);
        }
    }

    @Override
    public void start() {
        if (!serving) {
            return;
        }
        segments = JournalSegments.open(dir);
        storeLeftOvers();
        running = true;
        storing = true;
        writer = Thread.ofPlatform().name("verification-journal").daemon(true).start(this::write);
        storer = Thread.ofPlatform().name("verification-store").daemon(true).start(this::storeSynced);
    }

    /** Stops taking records, syncs those already queued and stores what it can in ten seconds. */
    @Override
    public void stop() {
        if (segments == null) {
            return;
        }
        running = false;
        join(writer);
        storing = false;
        if (storer != null) {
            LockSupport.unpark(storer);
        }
        join(storer);
        try {
            if (unstored.get() == 0) {
                Path last = segments.rotate();
                if (last != null) {
                    segments.delete(last);
                }
            }
            segments.close();
        } catch (IOException e) {
            log.warn("verification journal not closed: {}", e.getClass().getSimpleName());
        }
    }

    private static void join(Thread thread) {
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

    /** The web server starts after it and stops before it, so no request waits on a stopped journal. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    /** The record could not be made durable (disk or database away, or too many waiting): nothing was acknowledged. */
    static final class Unavailable extends RuntimeException {
        Unavailable() {
            super("verification journal unavailable", null, false, false);
        }
    }
}
