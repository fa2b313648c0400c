package org.puente.server.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Remembers which resource a create with an {@code Idempotency-Key} made (table {@code idempotency_record}). */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The resource made earlier with this key, or empty; a different request under the same key is a conflict. */
    Optional<UUID> earlier(String owner, String key, String requestHash) {
        return jdbc.sql("select request_hash, resource_id from idempotency_record where owner = :o and idem_key = :k")
                .param("o", owner).param("k", key)
                .query((rs, n) -> {
                    if (!rs.getString(1).equals(requestHash)) {
                        throw new Conflict("idempotency.mismatch");
                    }
                    return rs.getObject(2, UUID.class);
                }).optional();
    }

    void remember(String owner, String key, String requestHash, UUID resource, Instant now) {
        try {
            jdbc.sql("""
                    insert into idempotency_record (owner, idem_key, request_hash, resource_id, created_at)
                    values (:o, :k, :h, :r, :now)
                    """).param("o", owner).param("k", key).param("h", requestHash).param("r", resource)
                    .param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException concurrentRetry) {
            throw new Conflict("idempotency.inProgress");
        }
    }

    static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
