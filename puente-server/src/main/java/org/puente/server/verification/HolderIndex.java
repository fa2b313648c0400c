package org.puente.server.verification;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which verification records concern which document, for the holder's history (decisions 0017
 * and 0019). Records are not indexed by document as they are stored: that index took each record
 * to a random page. Instead, once a block of {@link #BLOCK} records is stored, one pass reads the
 * block's documents and writes {@link #BUCKETS} rows to {@code verification_holder_bucket}: each
 * document hashes to one bucket of the block, and a bucket's row lists, for each of the block's
 * records whose document falls in it, a fingerprint of the document and the record's place in the
 * block. Bucket numbers grow with the block, so each pass appends to the end of the table.
 * {@code verification_holder_mark} holds where the indexed blocks end; the records after it are
 * found by a scan of at most about a block (see {@link VerificationHistory}).
 */
@Component
class HolderIndex {

    private static final Logger log = LoggerFactory.getLogger(HolderIndex.class);

    /**
     * Records per block. A holder's history reads at most about this many unindexed records; an
     * entry keeps a record's place in its block in two bytes, so a block holds at most 65,536.
     */
    static final long BLOCK = 50_000;
    /** Buckets per block (a power of two): about 50 entries, 300 bytes, per bucket's row. */
    static final int BUCKETS = 1_024;
    private static final int BUCKET_BITS = Integer.numberOfTrailingZeros(BUCKETS);
    /** An entry: the document's fingerprint (four bytes), then the record's place in the block (two). */
    static final int ENTRY_BYTES = 6;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    /** Where the indexed blocks end, as this server last saw it; -1 before it has looked. */
    private volatile long indexedTo = -1;

    HolderIndex(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Where the indexed blocks end: every record up to this sequence number is in the index. */
    long indexedTo() {
        return jdbc.sql("select indexed_to from verification_holder_mark where id = 1").query(Long.class).single();
    }

    /** The row of block {@code block} that a document's records are listed in. */
    static long bucket(long block, UUID document) {
        return block * BUCKETS + slot(document);
    }

    /** Which of a block's buckets a document's records are listed in: the hash's top bits. */
    private static int slot(UUID document) {
        return (int) (hash(document) >>> (Long.SIZE - BUCKET_BITS));
    }

    /** The 32 bits of a document's hash that its entries carry (the bucket takes others). */
    static int fingerprint(UUID document) {
        return (int) hash(document);
    }

    /** A well-mixed 64-bit hash of a document identifier (MurmurHash3's finaliser over both halves). */
    private static long hash(UUID document) {
        long h = document.getMostSignificantBits() ^ Long.rotateLeft(document.getLeastSignificantBits(), 29)
                * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** The sequence numbers a bucket's row lists for a fingerprint, oldest first. */
    static long[] sequences(long bucket, byte[] entries, int fingerprint) {
        long first = bucket / BUCKETS * BLOCK + 1;
        ByteBuffer buffer = ByteBuffer.wrap(entries);
        LongStream.Builder found = LongStream.builder();
        while (buffer.remaining() >= ENTRY_BYTES) {
            int print = buffer.getInt();
            int place = Short.toUnsignedInt(buffer.getShort());
            if (print == fingerprint) {
                found.add(first + place);
            }
        }
        return found.build().toArray();
    }

    /**
     * Indexes the next block if every record of it is stored ({@code storedTo} is the newest
     * sequence number stored); false when there was none to index. Servers sharing the database
     * take turns on the mark's row lock, so each block is indexed once.
     */
    boolean indexNextBlock(long storedTo) {
        if (indexedTo >= 0 && storedTo < indexedTo + BLOCK) {
            return false;
        }
        long started = System.nanoTime();
        Pass pass = transactions.execute(status -> {
            long from = jdbc.sql("select indexed_to from verification_holder_mark where id = 1 for update")
                    .query(Long.class).single();
            long to = from + BLOCK;
            // Stored sequence numbers have no gaps (each batch chains on the newest stored record),
            // so the block is complete once its last record is there.
            if (jdbc.sql("select count(*) from verification_record where seq = :to").param("to", to)
                    .query(Long.class).single() == 0) {
                return new Pass(from, false);
            }
            long block = from / BLOCK;
            ByteBuffer[] buckets = new ByteBuffer[BUCKETS];
            jdbc.sql("""
                    select seq, document_id from verification_record
                    where seq > :from and seq <= :to and document_id is not null
                    """).param("from", from).param("to", to).query(rs -> {
                        UUID document = rs.getObject(2, UUID.class);
                        int slot = slot(document);
                        ByteBuffer entries = buckets[slot];
                        if (entries == null || entries.remaining() < ENTRY_BYTES) {
                            entries = grow(entries);
                            buckets[slot] = entries;
                        }
                        entries.putInt(fingerprint(document)).putShort((short) (rs.getLong(1) - from - 1));
                    });
            List<Object[]> rows = new ArrayList<>();
            for (int b = 0; b < BUCKETS; b++) {
                if (buckets[b] != null) {
                    rows.add(new Object[] {block * BUCKETS + b,
                            Arrays.copyOf(buckets[b].array(), buckets[b].position())});
                }
            }
            batches.batchUpdate("insert into verification_holder_bucket (bucket, entries) values (?, ?)", rows);
            jdbc.sql("update verification_holder_mark set indexed_to = :to where id = 1").param("to", to).update();
            return new Pass(to, true);
        });
        indexedTo = pass.indexedTo();
        if (pass.indexed()) {
            log.info("verification records indexed by document up to {} in {} ms", pass.indexedTo(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return pass.indexed();
    }

    private static ByteBuffer grow(ByteBuffer entries) {
        if (entries == null) {
            return ByteBuffer.allocate(64 * ENTRY_BYTES);
        }
        return ByteBuffer.allocate(entries.capacity() * 2).put(entries.array(), 0, entries.position());
    }

    private record Pass(long indexedTo, boolean indexed) {
    }
}
