package org.puente.server.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The durable log of verifications, in two steps (decision 0013). First, local files: the
 * answering thread itself writes its record to the current segment (a copy into the segment's
 * memory-mapped pages, under a lock; decision 0021) before its caller gets the reference, so no
 * acknowledged reference is lost when the server is killed. A thread of its own syncs the
 * segments to disk every {@code sync-interval}, or, in {@code always} mode, as soon as a record
 * waits for it (group commit: the callers of every record the sync covers are released
 * together). Then a {@link JournalStorer} moves the records into the {@code verification_record}
 * table beside the audit log and deletes a segment once all its records are stored. Segments a
 * crash left behind are stored at the next start, before any request is taken.
 */
@Component
class VerificationJournal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VerificationJournal.class);
    /** Records per local segment before the next one is started (about 12 MB of its 16). */
    private static final int SEGMENT_RECORDS = 100_000;
    /** Journaled but not yet stored records, before new ones are refused (the database is away). */
    private static final int MAX_UNSTORED = 500_000;

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

    /** A caller in {@code always} mode, waiting for the sync that covers its record. */
    private record Waiter(long written, CompletableFuture<Void> synced, long since) {
    }

    /** Held around each write (and rotation): one record after another, whole. */
    private final ReentrantLock writing = new ReentrantLock();
    private final Queue<Waiter> waiting = new ConcurrentLinkedQueue<>();
    private final JournalStorer storer;
    private final Path dir;
    private final long gatherNanos;
    /** Command-line tasks (import, demo, backup…) never verify, and the server may hold the journal. */
    private final boolean serving;
    private final boolean syncEachRecord;
    private final long syncIntervalNanos;
    /** Records written in this run (under {@code writing}); the syncer reads it to know what a sync covers. */
    private volatile long written;
    private JournalSegments segments;
    private volatile boolean running;
    private volatile boolean syncing;
    /** A segment is being prepared ahead ({@link #prepareNextSegment()}). */
    private final AtomicBoolean preparing = new AtomicBoolean();
    private Thread syncer;

    private final Timer waited;
    private final Timer syncTime;
    private final DistributionSummary perSync;

    VerificationJournal(VerificationStore store, HolderIndex holders, MeterRegistry meters,
                        @Value("${puente.verification.journal.dir}") Path dir,
                        @Value("${puente.verification.journal.store-every:50ms}") Duration storeEvery,
                        @Value("${puente.verification.journal.gather:1ms}") Duration gather,
                        @Value("${puente.verification.journal.sync:interval}") Sync sync,
                        @Value("${puente.verification.journal.sync-interval:20ms}") Duration syncInterval,
                        @Value("${puente.command:serve}") String command) {
        this.storer = new JournalStorer(store, holders, storeEvery, meters);
        this.serving = "serve".equals(command);
        this.syncEachRecord = sync == Sync.ALWAYS;
        this.syncIntervalNanos = syncInterval.toNanos();
        this.gatherNanos = gather.toNanos();
        this.dir = dir;
        this.waited = Timer.builder("puente.verification.journal.wait")
                .description("In always mode: from a verification's record written to synced to disk")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.syncTime = Timer.builder("puente.verification.journal.sync")
                .description("One sync of the local journal to disk").publishPercentiles(0.5, 0.99)
                .register(meters);
        this.perSync = DistributionSummary.builder("puente.verification.journal.batch")
                .description("Records put on disk by one sync").publishPercentiles(0.5, 0.99).register(meters);
    }

    /**
     * Records a verification and returns once it is in the journal (written, and synced in
     * {@code always} mode); {@link Unavailable} if it could not be.
     */
    void record(VerificationRecord record) {
        long mine;
        writing.lock();
        try {
            if (!running || storer.unstored() >= MAX_UNSTORED) {
                // Stopped, or the database has been away for a while: refuse rather than hold ever more.
                throw new Unavailable();
            }
            try {
                Path full = segments.append(List.of(record));
                if (full != null) {
                    storer.closed(full); // ended to make room: it holds only records before this one
                }
            } catch (IOException | RuntimeException e) {
                // Nobody is told "done" for a record that was not written: its caller answers 503.
                // The segment may end in a torn write, so the next records go to a new one.
                log.warn("verification record not journaled: {}", e.getClass().getSimpleName());
                rotate();
                throw new Unavailable();
            }
            mine = written + 1;
            written = mine;
            storer.written(record);
            // The next segment is prepared ahead by the syncer; until it is, this one fills on
            // (the append that finds it full starts one itself).
            if (segments.recordsInCurrent() >= SEGMENT_RECORDS && segments.hasNext()) {
                rotate();
            }
        } finally {
            writing.unlock();
        }
        if (syncEachRecord) {
            awaitSync(mine);
        }
    }

    private void awaitSync(long mine) {
        Waiter waiter = new Waiter(mine, new CompletableFuture<>(), System.nanoTime());
        waiting.add(waiter);
        LockSupport.unpark(syncer);
        try {
            waiter.synced().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable();
        }
    }

    /** Records journaled locally that have not reached the database yet (tests wait for none). */
    int unstored() {
        return storer.unstored();
    }

    /** Under {@code writing}: the next records go to a new segment; this one is deleted once stored. */
    private void rotate() {
        Path ended = segments.rotate();
        if (ended != null) {
            storer.closed(ended);
        }
    }

    /**
     * The syncer. Every {@code sync-interval}; or, in {@code always} mode, whenever a caller waits,
     * but no more often than every {@code gather}: a sync costs the machine about as much processor
     * time as a whole verification, so under load fewer, larger ones leave more for answering,
     * while a record alone is synced at once.
     */
    private void syncAlong() {
        long synced = 0;
        long lastSync = System.nanoTime() - gatherNanos;
        while (syncing) {
            if (syncEachRecord) {
                if (waiting.isEmpty()) {
                    LockSupport.parkNanos(100_000_000L); // a waiting caller wakes it
                    continue;
                }
                long rest = lastSync + gatherNanos - System.nanoTime();
                if (rest > 0) {
                    LockSupport.parkNanos(rest);
                }
            } else {
                LockSupport.parkNanos(syncIntervalNanos); // stop() wakes it for a last sync
            }
            lastSync = System.nanoTime();
            synced = sync(synced);
            prepareNextSegment();
        }
        sync(synced);
    }

    /**
     * Has the segment the next rotation swaps in made, so that no caller waits for a file to be
     * made: on a thread of its own, as filling a segment with zeros takes the disk a while and
     * syncs go on meanwhile.
     */
    private void prepareNextSegment() {
        if (segments.hasNext() || !preparing.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("verification-journal-prepare").daemon(true).start(() -> {
            try {
                segments.prepareNext();
            } catch (IOException | RuntimeException e) {
                log.warn("next verification journal segment not prepared: {}", e.getClass().getSimpleName());
            } finally {
                preparing.set(false);
            }
        });
    }

    /** Syncs what is written, releases the callers it covers; returns the records now on disk. */
    private long sync(long synced) {
        long upTo = written;
        if (upTo == synced && !segments.unsynced()) {
            return synced;
        }
        long started = System.nanoTime();
        IOException failed = null;
        try {
            segments.sync();
        } catch (IOException e) {
            failed = e;
            log.warn("verification journal not synced: {}", e.getClass().getSimpleName());
        }
        long now = System.nanoTime();
        syncTime.record(now - started, TimeUnit.NANOSECONDS);
        perSync.record(upTo - synced);
        release(upTo, failed, now);
        return failed == null ? upTo : synced;
    }

    /** Answers the callers whose records a sync covered: done, or (it failed) unavailable. */
    private void release(long upTo, IOException failed, long now) {
        List<Waiter> later = new ArrayList<>();
        Waiter waiter;
        while ((waiter = waiting.poll()) != null) {
            if (waiter.written() > upTo) {
                later.add(waiter);
            } else if (failed != null) {
                waiter.synced().completeExceptionally(failed);
            } else {
                waiter.synced().complete(null);
                waited.record(now - waiter.since(), TimeUnit.NANOSECONDS);
            }
        }
        waiting.addAll(later);
    }

    @Override
    public void start() {
        if (!serving) {
            return;
        }
        segments = JournalSegments.open(dir);
        storer.start(segments);
        try {
            // After the left-overs are stored: the first segment, and the one after it, before any request.
            segments.current();
            segments.prepareNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        syncing = true;
        syncer = Thread.ofPlatform().name("verification-journal-sync").daemon(true).start(this::syncAlong);
        running = true;
    }

    /** Stops taking records, syncs those written and stores what it can in ten seconds. */
    @Override
    public void stop() {
        if (segments == null) {
            return;
        }
        writing.lock();
        try {
            running = false; // no record is written after this
        } finally {
            writing.unlock();
        }
        syncing = false;
        LockSupport.unpark(syncer);
        join(syncer);
        storer.stop();
        try {
            if (storer.unstored() == 0) {
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
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
