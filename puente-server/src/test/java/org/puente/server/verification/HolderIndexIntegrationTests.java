package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A holder's history is whole across the blocks indexed by document and the records stored
 * after the last of them, newest first (decisions 0017 and 0019).
 */
@DemoRegister
class HolderIndexIntegrationTests {

    @Autowired
    VerificationStore store;

    @Autowired
    HolderIndex index;

    @Autowired
    VerificationHistory history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHistoryReadsTheIndexedBlocksAndTheRecordsStoredAfterThem() {
        UUID document = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        Instant start = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        // A whole block and more, with the document's records spread over it.
        List<VerificationRecord> records = new ArrayList<>();
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < HolderIndex.BLOCK + 100; i++) {
            UUID about = i % 7_919 == 0 ? document : i % 3 == 0 ? null : someoneElse;
            Outcome outcome = Outcome.values()[i % Outcome.values().length];
            records.add(new VerificationRecord(References.next(), start.plusMillis(i), Channel.PAGE, null,
                    null, "CPP", about, outcome));
            if (about == document) {
                expected.addFirst(outcome);
            }
        }
        long before = index.indexedTo();
        long storedTo = 0;
        for (int from = 0; from < records.size(); from += 5_000) {
            storedTo = store.append(records.subList(from, Math.min(records.size(), from + 5_000)));
        }
        assertThat(history.ofDocument(document, 200)).extracting(VerificationHistory.Entry::outcome)
                .as("found whether or not the block is indexed yet").containsExactlyElementsOf(expected);

        while (index.indexNextBlock(storedTo)) {
            // The server's own storer may index some of them at the same time: each block is indexed once.
        }
        assertThat(index.indexedTo()).isGreaterThan(before).isGreaterThan(storedTo - HolderIndex.BLOCK);
        long lastBlock = index.indexedTo() / HolderIndex.BLOCK - 1;
        assertThat(jdbc.sql("select count(*) from verification_holder_bucket where bucket between :first and :last")
                .param("first", lastBlock * HolderIndex.BUCKETS).param("last", (lastBlock + 1) * HolderIndex.BUCKETS - 1)
                .query(Long.class).single()).as("the block's buckets").isPositive().isLessThanOrEqualTo(HolderIndex.BUCKETS);

        // And records stored after the last indexed block, found by the scan.
        List<VerificationRecord> later = new ArrayList<>();
        for (Outcome outcome : List.of(Outcome.EXPIRED, Outcome.NO_MATCH, Outcome.VALID)) {
            later.add(new VerificationRecord(References.next(), Instant.now(), Channel.SEAL, null, null, "CPP", document,
                    outcome));
            expected.addFirst(outcome);
        }
        store.append(later);

        List<VerificationHistory.Entry> found = history.ofDocument(document, 200);
        assertThat(found).extracting(VerificationHistory.Entry::outcome).containsExactlyElementsOf(expected);
        assertThat(found).extracting(VerificationHistory.Entry::at).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(history.ofDocument(document, 3)).extracting(VerificationHistory.Entry::outcome)
                .containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(history.ofDocument(UUID.randomUUID(), 200)).isEmpty();
    }
}
