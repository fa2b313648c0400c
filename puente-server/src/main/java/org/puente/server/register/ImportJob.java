package org.puente.server.register;

import java.time.Instant;
import java.util.UUID;

/** A bulk import as its page shows it: how far it got and what it did. */
public record ImportJob(UUID id, String sourceName, String actor, String state, long totalBytes, long processedBytes,
                        long rowsRead, long imported, long skipped, long rejected, String failure, Instant startedAt,
                        Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean finished() {
        return !RUNNING.equals(state);
    }

    public int percent() {
        if (finished() && failure == null) {
            return 100;
        }
        return totalBytes <= 0 ? 0 : (int) Math.min(100, processedBytes * 100 / totalBytes);
    }

    /** A row that was not imported: its line in the file, its record id if it had one, and why. */
    public record Rejection(long line, String recordId, String reason) {
    }
}
