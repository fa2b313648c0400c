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
 * ones from {@link HolderIndex}'s blocks, newest block first (decision 0017).
 */
@Repository
class VerificationHistory {

    /** One verification as its holder sees it; {@code relyingParty} is null for the public page and seals. */
    record Entry(Instant at, String relyingParty, Purpose purpose, Channel channel, Outcome outcome) {
    }

    /** Blocks looked up per query, newest first, until the history is full. */
    private static final int BLOCKS_PER_QUERY = 500;
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
        for (long newest = indexedTo / HolderIndex.BLOCK - 1; newest >= 0 && entries.size() < limit;
             newest -= BLOCKS_PER_QUERY) {
            List<Long> blocks = LongStream.rangeClosed(Math.max(0, newest - BLOCKS_PER_QUERY + 1), newest)
                    .boxed().toList();
            entries.addAll(jdbc.sql(COLUMNS + """
                     from verification_holder h join verification_record r on r.seq = h.seq
                    left join relying_party p on p.id = r.relying_party_id
                    where h.block in (:blocks) and h.document_id = :doc order by h.seq desc limit :limit
                    """).param("blocks", blocks).param("doc", documentId).param("limit", limit - entries.size())
                    .query(VerificationHistory::entry).list());
        }
        return entries;
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                rs.getString(3) == null ? null : Purpose.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)),
                Outcome.valueOf(rs.getString(5)));
    }
}
