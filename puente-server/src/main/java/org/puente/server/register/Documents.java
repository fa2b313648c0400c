package org.puente.server.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.puente.server.common.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identity documents and their history (tables {@code identity_document}, {@code document_event}). */
@Repository
class Documents {

    private static final RowMapper<IdentityDocument> DOCUMENT = (rs, n) -> new IdentityDocument(
            rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
            DocumentType.valueOf(rs.getString("doc_type")), rs.getString("number"), rs.getString("issuing_country"),
            rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
            DocumentStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
            rs.getBoolean("work_authorised"), rs.getLong("version"));

    private static final RowMapper<DocumentEvent> EVENT = (rs, n) -> new DocumentEvent(
            rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class), rs.getString("kind"),
            Optional.ofNullable(rs.getString("previous_status")).map(DocumentStatus::valueOf).orElse(null),
            DocumentStatus.valueOf(rs.getString("new_status")), rs.getObject("previous_expiry", LocalDate.class),
            rs.getObject("new_expiry", LocalDate.class), rs.getString("reason"), rs.getString("actor"),
            People.instant(rs, "at"));

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IdentityDocument d, Instant now) {
        try {
            jdbc.sql("""
                    insert into identity_document (id, person_id, doc_type, number, issuing_country, issued_on,
                        expires_on, status, status_reason, work_authorised, created_at, updated_at, version)
                    values (:id, :person, :type, :number, :country, :issued, :expires, :status, :reason, :work,
                        :now, :now, 0)
                    """)
                    .param("id", d.id()).param("person", d.personId()).param("type", d.type().name())
                    .param("number", d.number()).param("country", d.issuingCountry()).param("issued", d.issuedOn())
                    .param("expires", d.expiresOn()).param("status", d.status().name())
                    .param("reason", d.statusReason()).param("work", d.workAuthorised())
                    .param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("document.taken", "document.number");
        }
    }

    boolean exists(DocumentType type, String country, String number) {
        return jdbc.sql("select count(*) from identity_document where doc_type = :t and issuing_country = :c and number = :n")
                .param("t", type.name()).param("c", country).param("n", number).query(Long.class).single() > 0;
    }

    /**
     * Documents of a type and number with what verification needs of their holder, in one indexed
     * read (the same statement whether or not any exists).
     */
    List<VerifiableDocument> verifiable(DocumentType type, String number, LocalDate today) {
        return jdbc.sql("""
                select d.id, d.number, d.status, d.issued_on, d.expires_on, d.work_authorised, p.birth_date,
                    p.given_names, p.first_surname, p.nationality,
                    (select s.category from migration_status s where s.person_id = p.id
                     order by s.valid_from desc, s.created_at desc limit 1) as calidad
                from identity_document d join person p on p.id = d.person_id
                where d.number = :n and d.doc_type = :t
                """).param("n", number).param("t", type.name())
                .query((rs, n) -> {
                    IdentityDocument d = new IdentityDocument(rs.getObject("id", UUID.class), null, type,
                            rs.getString("number"), null, null, rs.getObject("expires_on", LocalDate.class),
                            DocumentStatus.valueOf(rs.getString("status")), null, false, 0);
                    String calidad = rs.getString("calidad");
                    return new VerifiableDocument(d.id(), type, d.number(), d.statusOn(today),
                            rs.getObject("issued_on", LocalDate.class), d.expiresOn(),
                            rs.getObject("birth_date", LocalDate.class),
                            initials(rs.getString("given_names"), rs.getString("first_surname")),
                            rs.getString("nationality"), calidad == null ? null : CalidadMigratoria.valueOf(calidad),
                            rs.getBoolean("work_authorised"));
                }).list();
    }

    /** "María José", "González" → "M. G.": enough for a verifier to tell two candidates apart, no more. */
    static String initials(String givenNames, String firstSurname) {
        return firstLetter(givenNames) + ". " + firstLetter(firstSurname) + ".";
    }

    private static String firstLetter(String name) {
        String s = name == null ? "" : name.strip();
        return s.isEmpty() ? "?" : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }

    /** How to reach the holder of a document, for one-time codes; empty when the document is unknown. */
    Optional<Contact> holderContact(UUID documentId) {
        return jdbc.sql("""
                select p.phone, p.email from identity_document d join person p on p.id = d.person_id where d.id = :id
                """).param("id", documentId)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), null, null)).optional();
    }

    Optional<IdentityDocument> find(UUID id) {
        return jdbc.sql("select * from identity_document where id = :id").param("id", id).query(DOCUMENT).optional();
    }

    List<IdentityDocument> ofPerson(UUID personId) {
        return jdbc.sql("select * from identity_document where person_id = :p order by created_at desc, id desc")
                .param("p", personId).query(DOCUMENT).list();
    }

    /** Moves a document to a new status and expiry if nobody changed it since {@code expectedVersion}. */
    void change(IdentityDocument d, DocumentStatus status, LocalDate expiresOn, String reason, Instant now) {
        int rows = jdbc.sql("""
                update identity_document set status = :status, expires_on = :expires, status_reason = :reason,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .param("status", status.name()).param("expires", expiresOn).param("reason", reason)
                .param("now", Timestamp.from(now)).param("id", d.id()).param("version", d.version()).update();
        if (rows == 0) {
            throw new Conflict("record.changed");
        }
    }

    void insertEvent(DocumentEvent e) {
        jdbc.sql("""
                insert into document_event (id, document_id, kind, previous_status, new_status, previous_expiry,
                    new_expiry, reason, actor, at)
                values (:id, :doc, :kind, :prevStatus, :newStatus, :prevExpiry, :newExpiry, :reason, :actor, :at)
                """)
                .param("id", e.id()).param("doc", e.documentId()).param("kind", e.kind())
                .param("prevStatus", e.previousStatus() == null ? null : e.previousStatus().name())
                .param("newStatus", e.newStatus().name()).param("prevExpiry", e.previousExpiry())
                .param("newExpiry", e.newExpiry()).param("reason", e.reason()).param("actor", e.actor())
                .param("at", Timestamp.from(e.at())).update();
    }

    List<DocumentEvent> eventsOfPerson(UUID personId) {
        return jdbc.sql("""
                select e.* from document_event e join identity_document d on d.id = e.document_id
                where d.person_id = :p order by e.at desc, e.id desc
                """).param("p", personId).query(EVENT).list();
    }
}
