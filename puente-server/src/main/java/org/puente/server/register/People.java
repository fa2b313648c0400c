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
            jdbc.sql("insert into name_token (token) values (:t) on conflict do nothing").param("t", token).update();
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

    /** Which of these spellings are tokens of some registered name. */
    List<String> existingTokens(Collection<String> spellings) {
        if (spellings.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select token from name_token where token in (:spellings)").param("spellings", spellings)
                .query(String.class).list();
    }

    /** Registered tokens that start with a prefix, at most {@code limit}, shortest-alphabetical first. */
    List<String> tokensStartingWith(String prefix, int limit) {
        return jdbc.sql("select token from name_token where token >= :from and token < :to order by token limit :limit")
                .param("from", prefix).param("to", nextPrefix(prefix)).param("limit", limit)
                .query(String.class).list();
    }

    /** How many people carry any of these tokens, counted up to {@code cap} (enough to pick the rarest word). */
    long postingCount(Collection<String> tokens, int cap) {
        return jdbc.sql("select count(*) from (select 1 from person_name_token where token in (:tokens) limit :cap) x")
                .param("tokens", tokens).param("cap", cap).query(Long.class).single();
    }

    /** People with this token, newest registration first, after {@code before} (exclusive) if given. */
    List<UUID> postings(String token, UUID before, int limit) {
        String sql = "select person_id from person_name_token where token = :token"
                + (before == null ? "" : " and person_id < :before") + " order by person_id desc limit :limit";
        var statement = jdbc.sql(sql).param("token", token).param("limit", limit);
        if (before != null) {
            statement = statement.param("before", before);
        }
        return statement.query(UUID.class).list();
    }

    /** What name search checks of a candidate: its tokens and the filterable facts. */
    record Candidate(UUID id, Set<String> tokens, String nationality, LocalDate birthDate) {
    }

    Map<UUID, Candidate> candidates(Collection<UUID> ids) {
        Map<UUID, Candidate> out = new HashMap<>();
        jdbc.sql("select id, search_name, nationality, birth_date from person where id in (:ids)").param("ids", ids)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class),
                        Set.of(rs.getString(2).split(" ")), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list().forEach(c -> out.put(c.id(), c));
        return out;
    }

    static String nextPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
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
