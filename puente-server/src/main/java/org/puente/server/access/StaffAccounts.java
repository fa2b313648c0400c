package org.puente.server.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.puente.server.common.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and agencies (tables {@code staff_user}, {@code agency}). */
@Repository
public class StaffAccounts {

    private static final RowMapper<StaffAccount> ACCOUNT = (rs, n) -> new StaffAccount(
            rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
            rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("agency_code"),
            rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
            Optional.ofNullable(rs.getTimestamp("locked_until")).map(java.sql.Timestamp::toInstant).orElse(null),
            rs.getLong("version"));

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql("select * from staff_user where username = :u").param("u", username).query(ACCOUNT).optional();
    }

    public Optional<StaffAccount> byId(UUID id) {
        return jdbc.sql("select * from staff_user where id = :id").param("id", id).query(ACCOUNT).optional();
    }

    public List<StaffAccount> all() {
        return jdbc.sql("select * from staff_user order by username").query(ACCOUNT).list();
    }

    public List<Agency> agencies() {
        return jdbc.sql("select code, name, register_authority from agency order by code")
                .query((rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    public Optional<Agency> agency(String code) {
        return jdbc.sql("select code, name, register_authority from agency where code = :c").param("c", code)
                .query((rs, n) -> new Agency(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
    }

    public UUID create(String username, String displayName, String passwordHash, Role role, String agency) {
        if (byUsername(username).isPresent()) {
            throw new Conflict("user.exists", "username");
        }
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into staff_user (id, username, display_name, password_hash, role, agency_code, enabled,
                    failed_attempts, locked_until, created_at, updated_at, version)
                values (:id, :username, :displayName, :hash, :role, :agency, true, 0, null, :now, :now, 0)
                """)
                .param("id", id).param("username", username).param("displayName", displayName)
                .param("hash", passwordHash).param("role", role.name()).param("agency", agency)
                .param("now", java.sql.Timestamp.from(now)).update();
        return id;
    }

    public void update(UUID id, long expectedVersion, String displayName, Role role, String agency, boolean enabled) {
        int changed = jdbc.sql("""
                update staff_user set display_name = :displayName, role = :role, agency_code = :agency,
                    enabled = :enabled, updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .param("displayName", displayName).param("role", role.name()).param("agency", agency)
                .param("enabled", enabled).param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new Conflict("record.changed");
        }
    }

    public void setPassword(UUID id, String passwordHash) {
        jdbc.sql("""
                update staff_user set password_hash = :hash, failed_attempts = 0, locked_until = null,
                    updated_at = :now, version = version + 1 where id = :id
                """)
                .param("hash", passwordHash).param("now", java.sql.Timestamp.from(clock.instant())).param("id", id)
                .update();
    }

    void recordFailure(String username, int maxAttempts, java.time.Duration lockout) {
        Instant now = clock.instant();
        jdbc.sql("""
                update staff_user set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                where username = :u
                """)
                .param("max", maxAttempts).param("until", java.sql.Timestamp.from(now.plus(lockout)))
                .param("u", username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update staff_user set failed_attempts = 0, locked_until = null where username = :u and failed_attempts > 0")
                .param("u", username).update();
    }
}
