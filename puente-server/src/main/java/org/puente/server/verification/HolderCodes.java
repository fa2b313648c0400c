package org.puente.server.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.puente.server.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time codes for holders (table {@code holder_code}): six digits, ten minutes, five tries, once. */
@Repository
class HolderCodes {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    HolderCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Issued(UUID challengeId, String code) {
    }

    Issued issue(UUID documentId) {
        UUID id = Ids.next(clock);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.sql("""
                insert into holder_code (id, document_id, code_hash, expires_at, attempts, used_at, created_at)
                values (:id, :doc, :hash, :expires, 0, null, :now)
                """).param("id", id).param("doc", documentId).param("hash", hash(id, code))
                .param("expires", Timestamp.from(now.plus(LIFETIME))).param("now", Timestamp.from(now)).update();
        return new Issued(id, code);
    }

    /** The document the code was sent for, when it is right, unexpired, unused and within its tries. */
    Optional<UUID> redeem(UUID challengeId, String code) {
        Instant now = clock.instant();
        // Count the try first, so parallel guesses cannot exceed the limit.
        int counted = jdbc.sql("""
                update holder_code set attempts = attempts + 1
                where id = :id and used_at is null and expires_at > :now and attempts < :max
                """).param("id", challengeId).param("now", Timestamp.from(now)).param("max", MAX_ATTEMPTS).update();
        if (counted == 0 || code == null || !code.strip().matches("\\d{6}")) {
            return Optional.empty();
        }
        Optional<Object[]> row = jdbc.sql("select document_id, code_hash from holder_code where id = :id")
                .param("id", challengeId).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .optional();
        if (row.isEmpty() || !MessageDigest.isEqual(((String) row.get()[1]).getBytes(StandardCharsets.UTF_8),
                hash(challengeId, code.strip()).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        int used = jdbc.sql("update holder_code set used_at = :now where id = :id and used_at is null")
                .param("now", Timestamp.from(now)).param("id", challengeId).update();
        return used == 1 ? Optional.of((UUID) row.get()[0]) : Optional.empty();
    }

    private static String hash(UUID id, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
