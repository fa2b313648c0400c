package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command-line task (import, demo, backup) runs beside the server: it leaves the journal alone. */
class VerificationJournalTests {

    @TempDir
    Path dir;

    @Test
    void aCommandStartsBesideARunningServerWithoutTouchingItsJournal() {
        try (JournalSegments server = JournalSegments.open(dir)) {
            VerificationJournal command = journal("import");
            command.start();
            assertThat(command.isRunning()).isFalse();
            assertThatThrownBy(() -> command.record(new VerificationRecord("REF-1", Instant.now(), Channel.API,
                    UUID.randomUUID(), Purpose.EMPLOYMENT, "CPP", null, Outcome.NO_MATCH)))
                    .isInstanceOf(VerificationJournal.Unavailable.class);
            command.stop();
            assertThat(server.segments()).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefused() {
        try (JournalSegments first = JournalSegments.open(dir)) {
            assertThatThrownBy(() -> journal("serve").start()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("own directory");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private VerificationJournal journal(String command) {
        return new VerificationJournal(null, null, new SimpleMeterRegistry(), dir, Duration.ofMillis(50), Duration.ofMillis(1),
                VerificationJournal.Sync.INTERVAL, Duration.ofMillis(20), command);
    }
}
