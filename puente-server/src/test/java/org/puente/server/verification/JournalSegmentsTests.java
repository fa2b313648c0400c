package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's local files: what was synced reads back whole; a write cut short reads as absent. */
class JournalSegmentsTests {

    @TempDir
    Path dir;

    @Test
    void syncedRecordsReadBackInOrderWithEveryField() throws IOException {
        List<VerificationRecord> records = IntStream.range(0, 3).mapToObj(JournalSegmentsTests::record).toList();
        VerificationRecord anonymous = new VerificationRecord("REF-PAGE", Instant.parse("2026-12-03T10:00:00.123Z"),
                Channel.PAGE, null, null, "CPP", null, Outcome.NO_MATCH);
        Path segment;
        try (JournalSegments segments = JournalSegments.open(dir)) {
            segments.append(records);
            segments.sync();
            segments.append(List.of(anonymous));
            segment = segments.current();
        }
        assertThat(JournalSegments.read(segment)).containsExactly(records.get(0), records.get(1), records.get(2), anonymous);
    }

    @Test
    void aTornLastWriteIsIgnoredAndWhatCameBeforeIsKept() throws IOException {
        Path segment;
        try (JournalSegments segments = JournalSegments.open(dir)) {
            segments.append(List.of(record(1), record(2)));
            segment = segments.current();
        }
        long whole = Files.size(segment);
        try (FileChannel file = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            file.truncate(whole - 5); // the second record's last bytes never reached the disk
        }
        assertThat(JournalSegments.read(segment)).containsExactly(record(1));
    }

    @Test
    void aChangedByteEndsTheSegmentThere() throws IOException {
        Path segment;
        try (JournalSegments segments = JournalSegments.open(dir)) {
            segments.append(List.of(record(1), record(2), record(3)));
            segments.sync();
            segment = segments.current();
        }
        byte[] bytes = Files.readAllBytes(segment);
        int secondRecord = bytes.length / 3 + 12;
        bytes[secondRecord] ^= 1;
        Files.write(segment, bytes);
        assertThat(JournalSegments.read(segment)).containsExactly(record(1));
    }

    @Test
    void segmentsAreNumberedOnAcrossRunsAndListedOldestFirst() throws IOException {
        Path first;
        Path second;
        try (JournalSegments segments = JournalSegments.open(dir)) {
            segments.append(List.of(record(1)));
            segments.sync();
            first = segments.rotate();
            segments.append(List.of(record(2)));
            second = segments.current();
        }
        try (JournalSegments again = JournalSegments.open(dir)) {
            assertThat(again.segments()).containsExactly(first, second);
            again.append(List.of(record(3)));
            again.sync();
            assertThat(again.segments()).hasSize(3).endsWith(again.current());
        }
    }

    @Test
    void syncsBesideRunningAppendsLoseNothing() throws Exception {
        List<Path> written = new java.util.ArrayList<>();
        try (JournalSegments segments = JournalSegments.open(dir)) {
            var syncing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread syncer = Thread.ofPlatform().start(() -> {
                while (syncing.get()) {
                    try {
                        segments.sync();
                        segments.prepareNext();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            for (int i = 0; i < 5_000; i++) {
                segments.append(List.of(record(i)));
                if (i % 1_000 == 999) {
                    written.add(segments.rotate());
                }
            }
            syncing.set(false);
            syncer.join();
        }
        assertThat(written.stream().flatMap(s -> JournalSegments.read(s).stream()).toList())
                .containsExactlyElementsOf(IntStream.range(0, 5_000).mapToObj(JournalSegmentsTests::record).toList());
    }

    @Test
    void aFullSegmentEndsAndTheNextTakesTheRecordThatDidNotFit() throws IOException {
        List<Path> ended = new java.util.ArrayList<>();
        int count = 0;
        try (JournalSegments segments = JournalSegments.open(dir)) {
            while (ended.isEmpty()) {
                Path full = segments.append(List.of(record(count++)));
                if (full != null) {
                    ended.add(full);
                }
            }
            ended.add(segments.current());
        }
        List<VerificationRecord> first = JournalSegments.read(ended.getFirst());
        assertThat(first.size()).isGreaterThan(100_000);
        assertThat(Files.size(ended.getFirst())).as("a segment made whole up front").isEqualTo(JournalSegments.SEGMENT_BYTES);
        assertThat(JournalSegments.read(ended.getLast())).containsExactly(record(count - 1));
        assertThat(Files.size(ended.getLast())).as("the last one cut to what was written").isLessThan(200);
    }

    @Test
    void aRotationSwapsInTheSegmentPreparedAheadAndAnUnusedOneIsDeleted() throws IOException {
        Path first;
        Path second;
        try (JournalSegments segments = JournalSegments.open(dir)) {
            segments.append(List.of(record(1)));
            segments.prepareNext();
            assertThat(segments.hasNext()).isTrue();
            assertThat(segments.segments()).hasSize(2);
            first = segments.rotate();
            second = segments.current();
            assertThat(segments.hasNext()).isFalse();
            segments.append(List.of(record(2)));
            segments.prepareNext();
        }
        // The segment prepared after the second was never written: closing removes it.
        assertThat(first.getFileName().toString()).isLessThan(second.getFileName().toString());
        try (JournalSegments again = JournalSegments.open(dir)) {
            assertThat(again.segments()).containsExactly(first, second);
            assertThat(JournalSegments.read(second)).containsExactly(record(2));
            again.append(List.of(record(3)));
            assertThat(again.current().getFileName().toString()).isGreaterThan(second.getFileName().toString());
        }
    }

    @Test
    void aDirectoryHasOneOwnerAtATime() {
        try (JournalSegments owner = JournalSegments.open(dir)) {
            assertThatThrownBy(() -> JournalSegments.open(dir)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static VerificationRecord record(int i) {
        return new VerificationRecord("REF-%06d".formatted(i), Instant.parse("2026-12-03T10:00:00Z").plusMillis(i),
                Channel.API, new UUID(7, i), Purpose.EMPLOYMENT, "CPP", new UUID(9, i),
                i % 2 == 0 ? Outcome.VALID : Outcome.EXPIRED);
    }
}
