package org.puente.server.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The journal's local files: numbered append-only segments of verification records, synced to
 * disk ({@code fdatasync}) when asked. A record is framed as its length, a CRC-32C of its bytes,
 * and the bytes, so a write cut short by a crash (never acknowledged) is recognised and ignored
 * when the segment is read back. One process at a time owns a directory (a file lock).
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
    private static final int FRAME_HEADER = 8;

    private final Path dir;
    private final FileChannel lockFile;
    private final FileLock lock;
    /** Set under this object's lock; appends read it without, as only the appending thread changes it. */
    private FileChannel current;
    private Path currentPath;
    private int recordsInCurrent;
    /** The segment the next rotation swaps in, created ahead (under this object's lock), or null. */
    private FileChannel next;
    private Path nextPath;
    /** Rotated segments not synced yet: the next sync puts them on disk and closes them (this object's lock). */
    private final List<FileChannel> closing = new ArrayList<>();
    /** Held while a segment file is created and numbered, so numbers follow the order segments are used in. */
    private final ReentrantLock creating = new ReentrantLock();
    private long lastNumber;
    /** One sync at a time; held while the disk works, and never by appends or rotations. */
    private final ReentrantLock syncing = new ReentrantLock();
    /** Set after a write returns and cleared before a sync starts, so no write is ever counted as synced early. */
    private volatile boolean unsynced;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);

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
                    currentPath = nextPath;
                    next = null;
                    nextPath = null;
                    recordsInCurrent = 0;
                }
            } finally {
                creating.unlock();
            }
        }
        return currentPath;
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
            if (!hasNext()) {
                createNext();
            }
        } finally {
            creating.unlock();
        }
    }

    /** Under {@code creating}: a new, empty segment numbered after every other, made durable. */
    private void createNext() throws IOException {
        long number = lastNumber + 1;
        Path path = dir.resolve(PREFIX + "%012d".formatted(number) + SUFFIX);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        lastNumber = number;
        // The new file's directory entry must be durable too, or a crash could lose the file.
        forceDirectory();
        synchronized (this) {
            next = channel;
            nextPath = path;
        }
    }

    /**
     * Appends the records to the current segment in one write: in the operating system when it
     * returns (they survive the process being killed), on disk after the next {@link #sync()}.
     */
    void append(List<VerificationRecord> records) throws IOException {
        if (current == null) {
            current(); // under the lock only to open one: a sync holds it while the disk works
        }
        buffer.clear();
        for (VerificationRecord r : records) {
            ensureRoom(1024);
            int start = buffer.position();
            buffer.position(start + FRAME_HEADER);
            encode(r, buffer);
            int end = buffer.position();
            CRC32C crc = new CRC32C();
            crc.update(buffer.duplicate().position(start + FRAME_HEADER).limit(end));
            buffer.putInt(start, end - start - FRAME_HEADER).putInt(start + 4, (int) crc.getValue());
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
            current.write(buffer);
        }
        unsynced = true;
        recordsInCurrent += records.size();
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
            List<FileChannel> ended;
            FileChannel open;
            synchronized (this) {
                unsynced = false;
                ended = List.copyOf(closing);
                closing.clear();
                open = current;
            }
            IOException failed = null;
            for (FileChannel channel : ended) {
                try (channel) {
                    channel.force(false);
                } catch (IOException e) {
                    failed = e;
                }
            }
            try {
                if (open != null) {
                    open.force(false);
                }
            } catch (IOException e) {
                failed = e;
            }
            if (failed != null) {
                unsynced = true;
                throw failed;
            }
        } finally {
            syncing.unlock();
        }
    }

    private void ensureRoom(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocateDirect(buffer.capacity() * 2);
            buffer.flip();
            larger.put(buffer);
            buffer = larger;
        }
    }

    /**
     * Ends the current segment; the next append goes to the segment prepared ahead (or starts a
     * new one), and the next sync closes this one. Returns the segment ended (null if none was
     * open). Never waits for the disk.
     */
    synchronized Path rotate() {
        Path ended = currentPath;
        if (current != null) {
            closing.add(current);
            unsynced = true;
            current = next;
            currentPath = nextPath;
            next = null;
            nextPath = null;
            recordsInCurrent = 0;
        }
        return ended;
    }

    void delete(Path segment) {
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
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(segment));
            List<VerificationRecord> records = new ArrayList<>();
            while (bytes.remaining() >= FRAME_HEADER) {
                int length = bytes.getInt();
                int expected = bytes.getInt();
                if (length <= 0 || length > bytes.remaining()) {
                    break;
                }
                ByteBuffer payload = bytes.slice(bytes.position(), length);
                CRC32C crc = new CRC32C();
                crc.update(payload.duplicate());
                if ((int) crc.getValue() != expected) {
                    break;
                }
                bytes.position(bytes.position() + length);
                try {
                    records.add(decode(payload));
                } catch (BufferUnderflowException | IllegalArgumentException e) {
                    break;
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void encode(VerificationRecord r, ByteBuffer out) {
        text(out, r.reference());
        out.putLong(r.at().toEpochMilli());
        text(out, r.channel().name());
        uuid(out, r.relyingPartyId());
        text(out, r.purpose() == null ? "" : r.purpose().name());
        text(out, r.documentType());
        uuid(out, r.documentId());
        text(out, r.outcome().name());
    }

    static VerificationRecord decode(ByteBuffer in) {
        String reference = text(in);
        Instant at = Instant.ofEpochMilli(in.getLong());
        Channel channel = Channel.valueOf(text(in));
        UUID party = uuid(in);
        String purpose = text(in);
        String documentType = text(in);
        UUID document = uuid(in);
        Outcome outcome = Outcome.valueOf(text(in));
        return new VerificationRecord(reference, at, channel, party, purpose.isEmpty() ? null : Purpose.valueOf(purpose),
                documentType, document, outcome);
    }

    private static void text(ByteBuffer out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) bytes.length).put(bytes);
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void uuid(ByteBuffer out, UUID value) {
        out.put((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
        }
    }

    private static UUID uuid(ByteBuffer in) {
        return in.get() == 0 ? null : new UUID(in.getLong(), in.getLong());
    }

    /** Syncs and closes every segment and gives the directory up. */
    @Override
    public void close() throws IOException {
        try {
            Path unused;
            synchronized (this) {
                unused = nextPath;
                if (next != null) {
                    next.close();
                }
                next = null;
                nextPath = null;
            }
            rotate();
            sync();
            if (unused != null) {
                Files.deleteIfExists(unused); // prepared ahead, never written
            }
        } finally {
            lock.release();
            lockFile.close();
        }
    }
}
