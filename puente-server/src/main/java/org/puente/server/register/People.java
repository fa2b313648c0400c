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
import org.puente.server.common.Ids;
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
        // People merged into another are left out: their documents and statuses are the survivor's now.
        jdbc.sql("select " + SUMMARY_COLUMNS + " from person p where p.id in (:ids) and p.merged_into is null")
                .param("ids", ids)
                .query(SUMMARY).list().forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    long countUnmerged() {
        return jdbc.sql("select count(*) from person where merged_into is null").query(Long.class).single();
    }

    /** A person with the kind and number of each of their documents, whatever the documents' status. */
    record WithDocuments(Person person, List<DocumentNumber> documents) {
    }

    record DocumentNumber(UUID id, DocumentType type, String issuingCountry, String number) {
    }

    /**
     * People not merged into another, each with their documents, in id order: every such person
     * when {@code after} is null, else those with a later id (registered since). Streams, so a
     * whole register never sits in memory twice.
     */
    void forEachWithDocuments(UUID after, java.util.function.Consumer<WithDocuments> sink) {
        String where = after == null ? "p.merged_into is null"
                : "p.merged_into is null and p.id > " + Ids.literal(after);
        stream(jdbc.sql(WITH_DOCUMENTS + " where " + where + " order by p.id"), sink);
    }

    /** The given people (merged or not) with their documents. */
    void withDocuments(Collection<UUID> ids, java.util.function.Consumer<WithDocuments> sink) {
        if (!ids.isEmpty()) {
            stream(jdbc.sql(WITH_DOCUMENTS + " where p.id in (:ids) order by p.id").param("ids", ids), sink);
        }
    }

    private static final String WITH_DOCUMENTS = """
            select p.*, d.id as doc_id, d.doc_type as doc_type, d.number as doc_number,
                d.issuing_country as doc_country
            from person p left join identity_document d on d.person_id = p.id""";

    private static void stream(JdbcClient.StatementSpec spec, java.util.function.Consumer<WithDocuments> sink) {
        Person[] current = {null};
        List<List<DocumentNumber>> documents = new java.util.ArrayList<>(List.of(new java.util.ArrayList<>()));
        spec.query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            if (current[0] == null || !current[0].id().equals(id)) {
                if (current[0] != null) {
                    sink.accept(new WithDocuments(current[0], documents.getFirst()));
                }
                current[0] = person(rs, 0);
                documents.set(0, new java.util.ArrayList<>(2));
            }
            UUID document = rs.getObject("doc_id", UUID.class);
            if (document != null) {
                documents.getFirst().add(new DocumentNumber(document, DocumentType.valueOf(rs.getString("doc_type")),
                        rs.getString("doc_country"), rs.getString("doc_number")));
            }
        });
        if (current[0] != null) {
            sink.accept(new WithDocuments(current[0], documents.getFirst()));
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
