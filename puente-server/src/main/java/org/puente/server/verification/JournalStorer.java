package org.puente.server.verification;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's second step (decision 0013): a thread that moves journaled records into the
 * {@code verification_record} table, many hundreds per transaction, every {@code store-every},
 * and deletes a local segment once every record written to it is stored. While the database is
 * away it keeps trying, more slowly; the records stay in the local segments meanwhile. Between
 * moves it indexes the next complete block of stored records by document ({@link HolderIndex}).
 */
final class JournalStorer {

    private static final Logger log = LoggerFactory.getLogger(JournalStorer.class);
    /** Records per move into the database (one transaction). */
    private static final int MAX_STORE = 10_000;
    /** A backlog this large is moved at once, without waiting {@code store-every}. */
    private static final int STORE_AT_ONCE = 1_000;

    /** In journal order: records written to a segment, and after them the segment once it is closed. */
    private final Queue<Object> written = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unstored = new AtomicInteger();
    private final VerificationStore store;
    private final HolderIndex holders;
    private final Duration storeEvery;
    /** The newest stored sequence number; unknown at first, so the first pass asks the database. */
    private long storedTo = Long.MAX_VALUE;
    private JournalSegments segments;
    private volatile boolean storing;
    private Thread thread;

    private final Timer storingTime;
    private final DistributionSummary stored;

    JournalStorer(VerificationStore store, HolderIndex holders, Duration storeEvery, MeterRegistry meters) {
        this.store = store;
        this.holders = holders;
        this.storeEvery = storeEvery;
        this.storingTime = Timer.builder("puente.verification.journal.store")
                .description("Moving journaled records into the database").publishPercentiles(0.5, 0.99)
                .register(meters);
        this.stored = DistributionSummary.builder("puente.verification.journal.stored")
                .description("Records per move into the database").publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("puente.verification.journal.unstored", unstored, AtomicInteger::get)
                .description("Records journaled locally and not yet in the database").register(meters);
    }

    /** A record now in the current segment (called in journal order). */
    void written(VerificationRecord record) {
        unstored.incrementAndGet();
        written.add(record);
    }

    /** The segment the records before this call went to is closed: delete it once they are stored. */
    void closed(Path segment) {
        written.add(segment);
    }

    /** Records journaled locally that have not reached the database yet. */
    int unstored() {
        return unstored.get();
    }

    /**
     * Takes the journal's segments: first stores what an earlier run journaled and did not store
     * (a crash, or the database away at the time), then starts moving new records.
     */
    void start(JournalSegments segments) {
        this.segments = segments;
        storeLeftOvers();
        storing = true;
        thread = Thread.ofPlatform().name("verification-store").daemon(true).start(this::run);
    }

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

    /** Stores what is left, for up to ten seconds; what is not stored then stays in the segments. */
    void stop() {
        storing = false;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        List<VerificationRecord> records = new ArrayList<>(MAX_STORE);
        List<Path> closed = new ArrayList<>();
        boolean retrying = false;
        long backoff = 100;
        while (storing || !written.isEmpty() || !records.isEmpty()) {
            long started = System.nanoTime();
            if (records.isEmpty() && closed.isEmpty()) {
                take(records, closed);
            }
            if (!records.isEmpty()) {
                try {
                    if (retrying) {
                        // Part of the records may have been stored before the failure.
                        List<VerificationRecord> rest = store.notStored(records);
                        unstored.addAndGet(rest.size() - records.size());
                        records.clear();
                        records.addAll(rest);
                    }
                    storedTo = store.append(records);
                } catch (RuntimeException e) {
                    // Still durable in the local segments: try again, more slowly, until the database is back.
                    log.warn("{} verification records not stored yet: {}", records.size(), e.getClass().getSimpleName());
                    retrying = true;
                    if (!storing) {
                        return; // stopping: the segments are stored at the next start
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoff));
                    backoff = Math.min(5_000, backoff * 2);
                    continue;
                }
                storingTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                stored.record(records.size());
                unstored.addAndGet(-records.size());
            }
            backoff = 100;
            retrying = false;
            closed.forEach(segments::delete);
            records.clear();
            closed.clear();
            indexNextBlock();
            long rest = storeEvery.toNanos() - (System.nanoTime() - started);
            if (storing && rest > 0 && unstored.get() < STORE_AT_ONCE) {
                LockSupport.parkNanos(rest); // stop() wakes it
            }
        }
    }

    /** One block at most per move, so a backlog of blocks (after an upgrade) never holds up storing. */
    private void indexNextBlock() {
        try {
            if (!holders.indexNextBlock(storedTo) && storedTo == Long.MAX_VALUE) {
                storedTo = 0; // caught up: wait for the next move
            }
        } catch (RuntimeException e) {
            // The records are stored: the history scans those not indexed yet, and the next move tries again.
            log.warn("verification records not indexed by document yet: {}", e.getClass().getSimpleName());
        }
    }

    /** Takes up to {@code MAX_STORE} records, in order, and the segments closed after them. */
    private void take(List<VerificationRecord> records, List<Path> closed) {
        Object next;
        while (records.size() < MAX_STORE && (next = written.poll()) != null) {
            if (next instanceof VerificationRecord record) {
                records.add(record);
            } else {
                closed.add((Path) next);
            }
        }
    }
}
