package org.puente.server.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The journal's local files: numbered append-only segments of verification records
 * ({@link JournalFrames}), synced to disk when asked. One process at a time owns a directory (a
 * file lock).
 * <p>
 * A segment is a file of {@code SEGMENT_BYTES} filled with zeros when it is made (its blocks are
 * taken then, so a full disk shows there and not in a write), mapped into memory: an append is
 * a copy into the file's pages in the operating system, with no system call, and survives the
 * process being killed as a {@code write} would (decision 0021). A zero length ends the records.
 * A segment closed cleanly is cut to the bytes written.
 * <p>
 * Appends and rotations come from one thread at a time (the journal holds a lock around them);
 * {@link #sync()} may run on another thread meanwhile, so writes go on while the disk catches up.
 * A rotated segment stays open until the next sync has put it on disk. No append or rotation
 * waits for the disk: the syncing thread prepares the next segment ahead ({@link #prepareNext()}),
 * file and directory entry on disk, and a rotation only swaps it in.
 */
final class JournalSegments implements AutoCloseable {

    private static final String PREFIX = "verifications-";
    private static final String SUFFIX = ".log";
    /** A segment's size: room for about 140,000 records (a record takes 100 to 140 bytes). */
    static final int SEGMENT_BYTES = 16 << 20;
    /** An append with less room left than this starts a new segment first (no record is this large). */
    private static final int RECORD_ROOM = 1_024;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(1 << 20);

    private final Path dir;
    private final FileChannel lockFile;
    private final FileLock lock;
    /** Set under this object's lock; appends read it without, as only the appending thread changes it. */
    private Segment current;
    private int recordsInCurrent;
    /** The segment the next rotation swaps in, created ahead (under this object's lock), or null. */
    private Segment next;
    /** Rotated segments not synced yet: the next sync puts them on disk and closes them (this object's lock). */
    private final List<Segment> closing = new ArrayList<>();
    /** Held while a segment file is created and numbered, so numbers follow the order segments are used in. */
    private final ReentrantLock creating = new ReentrantLock();
    private long lastNumber;
    /** Set by {@link #close()} (under {@code creating}): no segment is prepared after it. */
    private boolean closed;
    /** One sync at a time; held while the disk works, and never by appends or rotations. */
    private final ReentrantLock syncing = new ReentrantLock();
    /** Set after a write returns and cleared before a sync starts, so no write is ever counted as synced early. */
    private volatile boolean unsynced;

    /** An open segment: its file, mapped whole; records are written at the mapping's position. */
    private record Segment(Path path, FileChannel file, MappedByteBuffer map) {

        /** Puts the written pages on disk, then closes the file (the mapping goes with the buffer). */
        void syncAndClose(boolean cut) throws IOException {
            try (file) {
                map.force(0, map.position());
                if (cut) {
                    file.truncate(map.position());
                    file.force(false);
                }
            }
        }
    }

    private JournalSegments(Path dir, FileChannel lockFile, FileLock lock, long lastNumber) {
        this.dir = dir;
        this.lockFile = lockFile;
        this.lock = lock;
        this.lastNumber = lastNumber;
    }

    /** Takes the directory for this process; {@link IllegalStateException} if another one holds it. */
    static JournalSegments open(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel lockFile = FileChannel.open(dir.resolve("journal.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockFile.close();
                throw new IllegalStateException("the verification journal at " + dir
                        + " is in use by another Puente server; give each server its own directory");
            }
            List<Path> existing = list(dir);
            long last = existing.isEmpty() ? 0 : number(existing.getLast());
            return new JournalSegments(dir, lockFile, lock, last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments on disk, oldest first (those left by an earlier run, before any is written here). */
    List<Path> segments() {
        try {
            return list(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted().toList();
        }
    }

    private static long number(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    }

    /**
     * The segment records go to now; one is started if none is open (the one prepared ahead if
     * there is one, else a new one, which waits for the disk).
     */
    Path current() throws IOException {
        if (current == null) {
            creating.lock(); // held across, so no other segment is numbered in between
            try {
                prepareNext();
                synchronized (this) {
                    current = next;
                    next = null;
                    recordsInCurrent = 0;
                }
            } finally {
                creating.unlock();
            }
        }
        return current.path();
    }

    int recordsInCurrent() {
        return recordsInCurrent;
    }

    /** Whether the next segment is ready, so that {@link #rotate()} swaps it in without touching the disk. */
    synchronized boolean hasNext() {
        return next != null;
    }

    /**
     * Creates the segment the next rotation swaps in, unless one is ready: the file, and its
     * directory entry on disk. Called by the syncing thread, off the appenders' path.
     */
    void prepareNext() throws IOException {
        if (hasNext()) {
            return;
        }
        creating.lock();
        try {
            if (!hasNext() && !closed) {
                createNext();
            }
        } finally {
            creating.unlock();
        }
    }

    /**
     * Under {@code creating}: a new segment numbered after every other, its zeros and directory
     * entry on disk (a crash must not lose the file), mapped for appends.
     */
    private void createNext() throws IOException {
        long number = lastNumber + 1;
        Path path = dir.resolve(PREFIX + "%012d".formatted(number) + SUFFIX);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        lastNumber = number;
        try {
            for (long at = 0; at < SEGMENT_BYTES; ) {
                at += channel.write(ZEROS.duplicate(), at);
            }
            channel.force(false);
            forceDirectory();
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_WRITE, 0, SEGMENT_BYTES);
            synchronized (this) {
                next = new Segment(path, channel, map);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /**
     * Appends the records to the current segment: in the operating system when it returns (they
     * survive the process being killed), on disk after the next {@link #sync()}. Returns the
     * segment ended to make room, if one was (null otherwise).
     */
    Path append(List<VerificationRecord> records) throws IOException {
        if (current == null) {
            current(); // under the lock only to open one: a sync holds it while the disk works
        }
        Path ended = null;
        for (VerificationRecord r : records) {
            if (current.map().remaining() < RECORD_ROOM) {
                ended = ended != null ? ended : rotate();
                current();
            }
            JournalFrames.write(r, current.map());
            recordsInCurrent++;
        }
        unsynced = true;
        return ended;
    }

    /** Bytes left in the current segment (a full one if none is open). */
    int roomInCurrent() {
        return current == null ? SEGMENT_BYTES : current.map().remaining();
    }

    /** Whether something was written since the last sync. */
    boolean unsynced() {
        return unsynced;
    }

    /**
     * Puts on disk what was written so far, rotated segments first, and closes those (even when
     * their sync fails: nothing is ever written after a torn write).
     */
    void sync() throws IOException {
        syncing.lock();
        try {
            if (!unsynced) {
                return;
            }
            // What to sync is taken under this object's lock; the disk works without it, so a
            // rotation meanwhile does not wait (the segment it ends is synced again next time).
            List<Segment> ended;
            Segment open;
            int written;
            synchronized (this) {
                unsynced = false;
                ended = List.copyOf(closing);
                closing.clear();
                open = current;
                written = open == null ? 0 : open.map().position();
            }
            IOException failed = null;
            for (Segment segment : ended) {
                try {
                    segment.syncAndClose(false);
                } catch (IOException | UncheckedIOException e) {
                    failed = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
                }
            }
            try {
                if (open != null) {
                    open.map().force(0, written);
                }
            } catch (UncheckedIOException e) {
                failed = e.getCause();
            }
            if (failed != null) {
                unsynced = true;
                throw failed;
            }
        } finally {
            syncing.unlock();
        }
    }

    /**
     * Ends the current segment; the next append goes to the segment prepared ahead (or starts a
     * new one), and the next sync closes this one. Returns the segment ended (null if none was
     * open). Never waits for the disk.
     */
    synchronized Path rotate() {
        if (current == null) {
            return null;
        }
        Path ended = current.path();
        closing.add(current);
        unsynced = true;
        current = next;
        next = null;
        recordsInCurrent = 0;
        return ended;
    }

    /**
     * Deletes a segment. It is cut to nothing first: its mapping lives on until the collector
     * frees the buffer, and a mapped file's blocks would stay taken until then; cut, it holds none.
     */
    void delete(Path segment) {
        try (FileChannel file = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            file.truncate(0);
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.deleteIfExists(segment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forceDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems cannot open a directory for syncing; the file's own sync still holds its data.
        }
    }

    /** The records of a segment, up to the first one that was not completely written. */
    static List<VerificationRecord> read(Path segment) {
        try {
            return JournalFrames.read(ByteBuffer.wrap(Files.readAllBytes(segment)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Syncs and closes every segment and gives the directory up. */
    @Override
    public void close() throws IOException {
        creating.lock(); // a segment being prepared is finished first, and no other is started
        closed = true;
        creating.unlock();
        try {
            Segment unused;
            Segment last;
            synchronized (this) {
                unused = next;
                next = null;
                last = current;
                current = null;
            }
            sync();
            if (last != null) {
                last.syncAndClose(true); // the rest is zeros: cut it off
            }
            if (unused != null) {
                unused.file().close();
                delete(unused.path()); // prepared ahead, never written
            }
        } finally {
            lock.release();
            lockFile.close();
        }
    }
}
