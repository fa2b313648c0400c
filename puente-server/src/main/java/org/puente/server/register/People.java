package org.puente.server.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People, their name tokens and corrections (tables {@code person}, {@code person_name_token}, {@code person_correction}). */
@Repository
class People {

    static final RowMapper<Person> PERSON = People::person;

    private static final RowMapper<PersonSummary> SUMMARY = (rs, n) -> new PersonSummary(
            rs.getObject("id", UUID.class), new PersonKey(rs.getString("person_key")), rs.getString("given_names"),
            rs.getString("first_surname"), rs.getString("second_surname"), Sex.valueOf(rs.getString("sex")),
            rs.getObject("birth_date", LocalDate.class), rs.getString("nationality"));

    private static final String SUMMARY_COLUMNS =
            "p.id, p.person_key, p.given_names, p.first_surname, p.second_surname, p.sex, p.birth_date, p.nationality";

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Person p, String sourceRecordId) {
        jdbc.sql("""
                insert into person (id, person_key, given_names, first_surname, second_surname, sex, birth_date,
                    nationality, phone, email, ubigeo, address_line, search_name, source_record_id,
                    created_at, updated_at, version)
                values (:id, :key, :given, :first, :second, :sex, :birth, :nationality, :phone, :email, :ubigeo,
                    :address, :search, :source, :created, :updated, 0)
                """)
                .params(columns(p)).param("source", sourceRecordId)
                .param("created", Timestamp.from(p.createdAt())).param("updated", Timestamp.from(p.updatedAt()))
                .update();
        insertTokens(p.id(), Names.tokens(p.givenNames(), p.firstSurname(), p.secondSurname()));
    }

    void insertTokens(UUID personId, List<String> tokens) {
        for (String token : tokens) {
            jdbc.sql("insert into person_name_token (token, person_id) values (:t, :p)")
                    .param("t", token).param("p", personId).update();
        }
    }

    void replaceTokens(UUID personId, List<String> tokens) {
        jdbc.sql("delete from person_name_token where person_id = :p").param("p", personId).update();
        insertTokens(personId, tokens);
    }

    Optional<Person> find(UUID id) {
        return jdbc.sql("select * from person where id = :id").param("id", id).query(PERSON).optional();
    }

    /** Writes the new values if nobody changed the person since {@code expectedVersion}. */
    Person update(Person changed, long expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                update person set given_names = :given, first_surname = :first, second_surname = :second,
                    sex = :sex, birth_date = :birth, nationality = :nationality, phone = :phone, email = :email,
                    ubigeo = :ubigeo, address_line = :address, search_name = :search, updated_at = :updated,
                    version = version + 1
                where id = :id and version = :expected
                """)
                .params(columns(changed)).param("updated", Timestamp.from(now)).param("expected", expectedVersion)
                .update();
        if (rows == 0) {
            throw new Conflict("record.changed");
        }
        return find(changed.id()).orElseThrow();
    }

    void insertCorrection(Correction c) {
        jdbc.sql("""
                insert into person_correction (id, person_id, field, old_value, new_value, reason, actor, at)
                values (:id, :person, :field, :old, :new, :reason, :actor, :at)
                """)
                .param("id", c.id()).param("person", c.personId()).param("field", c.field())
                .param("old", c.oldValue()).param("new", c.newValue()).param("reason", c.reason())
                .param("actor", c.actor()).param("at", Timestamp.from(c.at())).update();
    }

    List<Correction> corrections(UUID personId) {
        return jdbc.sql("select * from person_correction where person_id = :p order by at desc, id desc")
                .param("p", personId)
                .query((rs, n) -> new Correction(rs.getObject("id", UUID.class), personId, rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                        rs.getString("actor"), instant(rs, "at")))
                .list();
    }

    List<PersonSummary> byDocumentNumber(String number) {
        return jdbc.sql("select distinct " + SUMMARY_COLUMNS + """
                 from identity_document d join person p on p.id = d.person_id
                where d.number = :number order by p.first_surname, p.given_names, p.id
                """).param("number", number).query(SUMMARY).list();
    }

    /**
     * People whose name has, for every query token, a token equal to one of its accepted spellings
     * or starting with its prefix; then the optional filters. Reads one row more than a page to
     * tell whether another page follows, so no count over a large result is ever needed.
     */
    List<PersonSummary> byName(List<TokenMatch> tokens, String nationality, Integer birthYear, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + SUMMARY_COLUMNS + " from person p where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            TokenMatch t = tokens.get(i);
            sql.append(" and p.id in (select t.person_id from person_name_token t where t.token in (:v").append(i)
                    .append(")");
            params.put("v" + i, List.copyOf(t.spellings()));
            if (t.prefix() != null) {
                sql.append(" or (t.token >= :from").append(i).append(" and t.token < :to").append(i).append(")");
                params.put("from" + i, t.prefix());
                params.put("to" + i, TokenMatch.nextPrefix(t.prefix()));
            }
            sql.append(")");
        }
        if (nationality != null) {
            sql.append(" and p.nationality = :nationality");
            params.put("nationality", nationality);
        }
        if (birthYear != null) {
            sql.append(" and p.birth_date >= :bornFrom and p.birth_date < :bornTo");
            params.put("bornFrom", LocalDate.of(birthYear, 1, 1));
            params.put("bornTo", LocalDate.of(birthYear + 1, 1, 1));
        }
        sql.append(" order by p.first_surname, p.second_surname, p.given_names, p.id limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(SUMMARY).list();
    }

    /** How one query token may match a stored token. */
    record TokenMatch(Set<String> spellings, String prefix) {

        static String nextPrefix(String prefix) {
            char last = prefix.charAt(prefix.length() - 1);
            return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        }
    }

    private static Map<String, Object> columns(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("key", p.key().value());
        m.put("given", p.givenNames());
        m.put("first", p.firstSurname());
        m.put("second", p.secondSurname());
        m.put("sex", p.sex().name());
        m.put("birth", p.birthDate());
        m.put("nationality", p.nationality());
        m.put("phone", p.contact().phone());
        m.put("email", p.contact().email());
        m.put("ubigeo", p.contact().ubigeo());
        m.put("address", p.contact().addressLine());
        m.put("search", searchName(p));
        return m;
    }

    static String searchName(Person p) {
        return String.join(" ", Names.tokens(p.givenNames(), p.firstSurname(), p.secondSurname()));
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), new PersonKey(rs.getString("person_key")),
                rs.getString("given_names"), rs.getString("first_surname"), rs.getString("second_surname"),
                Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("nationality"),
                new Contact(rs.getString("phone"), rs.getString("email"), rs.getString("ubigeo"),
                        rs.getString("address_line")),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
