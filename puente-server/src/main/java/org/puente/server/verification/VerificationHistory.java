package org.puente.server.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the verification log for a document's holder: who verified it, when, why, with what outcome. */
@Repository
class VerificationHistory {

    /** One verification as its holder sees it; {@code relyingParty} is null for the public page and seals. */
    record Entry(Instant at, String relyingParty, Purpose purpose, Channel channel, Outcome outcome) {
    }

    private final JdbcClient jdbc;

    VerificationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> ofDocument(UUID documentId, int limit) {
        return jdbc.sql("""
                select r.at, p.name, r.purpose, r.channel, r.outcome
                from verification_record r left join relying_party p on p.id = r.relying_party_id
                where r.document_id = :doc order by r.seq desc limit :limit
                """).param("doc", documentId).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3) == null ? null : Purpose.valueOf(rs.getString(3)),
                        Channel.valueOf(rs.getString(4)), Outcome.valueOf(rs.getString(5)))).list();
    }
}
