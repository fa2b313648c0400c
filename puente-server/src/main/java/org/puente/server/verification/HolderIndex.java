package org.puente.server.verification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which verification records concern which document, for the holder's history (decision 0017).
 * Records are not indexed by document as they are stored: that index took each record to a
 * random page. Instead, once a block of {@link #BLOCK} records is stored, the block's records
 * with a document are added to {@code verification_holder} in one pass, sorted by document, under
 * the block's number: each pass appends to the end of the index. {@code verification_holder_mark}
 * holds where the indexed blocks end; the records after it are found by a scan of at most about
 * a block (see {@link VerificationHistory}).
 */
@Component
class HolderIndex {

    private static final Logger log = LoggerFactory.getLogger(HolderIndex.class);

    /** Records per block. A holder's history reads at most about this many unindexed records. */
    static final long BLOCK = 50_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** Where the indexed blocks end, as this server last saw it; -1 before it has looked. */
    private volatile long indexedTo = -1;

    HolderIndex(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Where the indexed blocks end: every record up to this sequence number is in the index. */
    long indexedTo() {
        return jdbc.sql("select indexed_to from verification_holder_mark where id = 1").query(Long.class).single();
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
            jdbc.sql("""
                    insert into verification_holder (block, document_id, seq)
                    select :block, document_id, seq from verification_record
                    where seq > :from and seq <= :to and document_id is not null
                    order by document_id, seq
                    """).param("block", from / BLOCK).param("from", from).param("to", to).update();
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

    private record Pass(long indexedTo, boolean indexed) {
    }
}
