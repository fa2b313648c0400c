package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A bucket's row lists a document's records by fingerprint and place in the block (decision 0019). */
class HolderIndexTests {

    @Test
    void aBucketsEntriesGiveBackTheSequenceNumbersOfTheDocumentsRecords() {
        UUID document = UUID.fromString("0b6f3f4e-8f43-4d0e-9a8e-3c1d2a7b9e10");
        UUID other = UUID.fromString("7c2a1d55-1e0b-4b7f-8a41-6f0e9d3c2b18");
        long block = 7;
        ByteBuffer entries = ByteBuffer.allocate(4 * HolderIndex.ENTRY_BYTES)
                .putInt(HolderIndex.fingerprint(document)).putShort((short) 0)
                .putInt(HolderIndex.fingerprint(other)).putShort((short) 1)
                .putInt(HolderIndex.fingerprint(document)).putShort((short) 40_000)
                .putInt(HolderIndex.fingerprint(document)).putShort((short) (HolderIndex.BLOCK - 1));
        long first = block * HolderIndex.BLOCK + 1;

        assertThat(HolderIndex.sequences(HolderIndex.bucket(block, document), entries.array(),
                HolderIndex.fingerprint(document)))
                .containsExactly(first, first + 40_000, first + HolderIndex.BLOCK - 1);
        assertThat(HolderIndex.sequences(HolderIndex.bucket(block, document), entries.array(),
                HolderIndex.fingerprint(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void documentsSpreadOverTheBucketsOfTheirBlock() {
        int[] perBucket = new int[HolderIndex.BUCKETS];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100 * HolderIndex.BUCKETS; i++) {
            long bucket = HolderIndex.bucket(3, new UUID(random.nextLong(), random.nextLong()));
            assertThat(bucket / HolderIndex.BUCKETS).isEqualTo(3);
            perBucket[(int) (bucket % HolderIndex.BUCKETS)]++;
        }
        // 100 a bucket on average: none empty, none more than twice as full.
        assertThat(IntStream.of(perBucket).min().orElseThrow()).isGreaterThan(40);
        assertThat(IntStream.of(perBucket).max().orElseThrow()).isLessThan(200);
    }
}
