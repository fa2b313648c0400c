package org.puente.server.verification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.puente.server.common.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relying parties and their keys (tables {@code relying_party}, {@code relying_party_key}). */
@Repository
class RelyingParties {

    private static final RowMapper<RelyingParty> PARTY = (rs, n) -> new RelyingParty(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("ruc"), rs.getString("sector"),
            Purpose.valueOf(rs.getString("purpose")), rs.getInt("rate_per_second"), instant(rs.getTimestamp("flagged_at")),
            rs.getString("flag_reason"), instant(rs.getTimestamp("created_at")), rs.getLong("version"));

    private static final RowMapper<ApiKey> KEY = (rs, n) -> new ApiKey(
            rs.getObject("id", UUID.class), rs.getObject("relying_party_id", UUID.class), rs.getString("key_prefix"),
            rs.getObject("expires_on", LocalDate.class), instant(rs.getTimestamp("revoked_at")),
            rs.getString("created_by"), instant(rs.getTimestamp("created_at")));

    private final JdbcClient jdbc;
    private final Clock clock;

    RelyingParties(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<RelyingParty> all() {
        return jdbc.sql("select * from relying_party order by name").query(PARTY).list();
    }

    Optional<RelyingParty> find(UUID id) {
        return jdbc.sql("select * from relying_party where id = :id").param("id", id).query(PARTY).optional();
    }

    Optional<RelyingParty> byRuc(String ruc) {
        return jdbc.sql("select * from relying_party where ruc = :ruc").param("ruc", ruc).query(PARTY).optional();
    }

    UUID create(String name, Ruc ruc, String sector, Purpose purpose, int ratePerSecond) {
        if (byRuc(ruc.value()).isPresent()) {
            throw new Conflict("verification.ruc.taken", "ruc");
        }
        UUID id = Ids.next(clock);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into relying_party (id, name, ruc, sector, purpose, rate_per_second, created_at, updated_at, version)
                values (:id, :name, :ruc, :sector, :purpose, :rate, :now, :now, 0)
                """).param("id", id).param("name", name).param("ruc", ruc.value()).param("sector", sector)
                .param("purpose", purpose.name()).param("rate", ratePerSecond).param("now", now).update();
        return id;
    }

    void setRate(UUID id, int ratePerSecond) {
        jdbc.sql("update relying_party set rate_per_second = :rate, updated_at = :now, version = version + 1 where id = :id")
                .param("rate", ratePerSecond).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    /** Marks a party for administrators' attention; the first reason is kept until they clear it. */
    void flag(UUID id, String reason) {
        jdbc.sql("""
                update relying_party set flagged_at = :now, flag_reason = :reason, updated_at = :now, version = version + 1
                where id = :id and flagged_at is null
                """).param("now", Timestamp.from(clock.instant())).param("reason", reason).param("id", id).update();
    }

    void clearFlag(UUID id) {
        jdbc.sql("""
                update relying_party set flagged_at = null, flag_reason = null, updated_at = :now, version = version + 1
                where id = :id
                """).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    UUID addKey(UUID partyId, String key, LocalDate expiresOn, String createdBy) {
        UUID id = Ids.next(clock);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into relying_party_key (id, relying_party_id, key_hash, key_prefix, expires_on, revoked_at,
                    created_by, created_at, updated_at, version)
                values (:id, :party, :hash, :prefix, :expires, null, :by, :now, :now, 0)
                """).param("id", id).param("party", partyId).param("hash", ApiKeys.hash(key))
                .param("prefix", ApiKeys.prefix(key)).param("expires", expiresOn).param("by", createdBy)
                .param("now", now).update();
        return id;
    }

    List<ApiKey> keys(UUID partyId) {
        return jdbc.sql("select * from relying_party_key where relying_party_id = :p order by created_at desc")
                .param("p", partyId).query(KEY).list();
    }

    /** The key with this hash and its party, whatever their state (the caller checks expiry and revocation). */
    Optional<KeyedParty> byKeyHash(String hash) {
        return jdbc.sql("""
                select k.id as key_id, k.expires_on, k.revoked_at, p.*
                from relying_party_key k join relying_party p on p.id = k.relying_party_id
                where k.key_hash = :hash
                """).param("hash", hash)
                .query((rs, n) -> new KeyedParty(PARTY.mapRow(rs, n), rs.getObject("key_id", UUID.class),
                        rs.getObject("expires_on", LocalDate.class), instant(rs.getTimestamp("revoked_at"))))
                .optional();
    }

    boolean revokeKey(UUID partyId, UUID keyId) {
        return jdbc.sql("""
                update relying_party_key set revoked_at = :now, updated_at = :now, version = version + 1
                where id = :id and relying_party_id = :party and revoked_at is null
                """).param("now", Timestamp.from(clock.instant())).param("id", keyId).param("party", partyId)
                .update() > 0;
    }

    /** A key as authentication sees it: the party, and whether the key may still be used. */
    record KeyedParty(RelyingParty party, UUID keyId, LocalDate expiresOn, Instant revokedAt) {

        boolean usableOn(LocalDate day) {
            return revokedAt == null && !expiresOn.isBefore(day);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
