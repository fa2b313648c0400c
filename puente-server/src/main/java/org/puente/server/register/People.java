package org.puente.server.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
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

/** People and their corrections (tables {@code person}, {@code person_correction}). */
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

    /** Summaries of the given people, in the order given. */
    List<PersonSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonSummary> byId = new HashMap<>();
        jdbc.sql("select " + SUMMARY_COLUMNS + " from person p where p.id in (:ids)").param("ids", ids)
                .query(SUMMARY).list().forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
