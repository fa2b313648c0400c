package org.puente.server.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the verification log for a document's holder: who verified it, when, why, with what
 * outcome. The newest records come from a scan of those not yet indexed by document, the older
 * ones from {@link HolderIndex}'s blocks, newest block first (decisions 0017 and 0019).
 */
@Repository
class VerificationHistory {

    /** One verification as its holder sees it; {@code relyingParty} is null for the public page and seals. */
    record Entry(Instant at, String relyingParty, Purpose purpose, Channel channel, Outcome outcome) {
    }

    /** Blocks looked up per query, newest first, until the history is full. */
    private static final int BLOCKS_PER_QUERY = 500;
    /** Records read per query, by sequence number, once the blocks have named them. */
    private static final int RECORDS_PER_QUERY = 1_000;
    private static final String COLUMNS = "select r.at, p.name, r.purpose, r.channel, r.outcome";

    private final JdbcClient jdbc;
    private final HolderIndex index;

    VerificationHistory(JdbcClient jdbc, HolderIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** The newest {@code limit} verifications of a document, newest first. */
    List<Entry> ofDocument(UUID documentId, int limit) {
        // The mark is read first: a block indexed meanwhile is still read by the scan, never twice.
        long indexedTo = index.indexedTo();
        List<Entry> entries = new ArrayList<>(jdbc.sql(COLUMNS + """
                 from verification_record r left join relying_party p on p.id = r.relying_party_id
                where r.seq > :from and r.document_id = :doc order by r.seq desc limit :limit
                """).param("from", indexedTo).param("doc", documentId).param("limit", limit)
                .query(VerificationHistory::entry).list());
        int fingerprint = HolderIndex.fingerprint(documentId);
        for (long newest = indexedTo / HolderIndex.BLOCK - 1; newest >= 0 && entries.size() < limit;
             newest -= BLOCKS_PER_QUERY) {
            List<Long> buckets = LongStream.rangeClosed(Math.max(0, newest - BLOCKS_PER_QUERY + 1), newest)
                    .mapToObj(block -> HolderIndex.bucket(block, documentId)).toList();
            // The records the blocks list for the document's fingerprint, newest first; a record of
            // another document with the same fingerprint (one in four billion) is left out below.
            long[] candidates = jdbc.sql("select bucket, entries from verification_holder_bucket where bucket in (:buckets)")
                    .param("buckets", buckets)
                    .query((rs, n) -> HolderIndex.sequences(rs.getLong(1), rs.getBytes(2), fingerprint)).list()
                    .stream().flatMapToLong(LongStream::of).map(seq -> -seq).sorted().map(seq -> -seq).toArray();
            for (int from = 0; from < candidates.length && entries.size() < limit; from += RECORDS_PER_QUERY) {
                List<Long> seqs = LongStream.of(candidates).skip(from).limit(RECORDS_PER_QUERY).boxed().toList();
                entries.addAll(jdbc.sql(COLUMNS + """
                         from verification_record r left join relying_party p on p.id = r.relying_party_id
                        where r.seq in (:seqs) and r.document_id = :doc order by r.seq desc limit :limit
                        """).param("seqs", seqs).param("doc", documentId).param("limit", limit - entries.size())
                        .query(VerificationHistory::entry).list());
            }
        }
        return entries;
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                rs.getString(3) == null ? null : Purpose.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)),
                Outcome.valueOf(rs.getString(5)));
    }
}
