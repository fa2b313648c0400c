package org.puente.server.register;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.puente.server.access.Staff;
import org.puente.server.audit.AuditAction;
import org.puente.server.audit.AuditEvent;
import org.puente.server.audit.AuditLog;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fast path for many people at once (CSV import, demo data): one transaction per batch, one
 * look-up per batch for record ids and documents already in the register, then one JDBC batch
 * per table. Idempotent by {@code person.source_record_id}: a row whose record id is already
 * present is skipped, so a batch re-run after a crash adds only what is missing.
 * Drafts must already satisfy {@link RegisterRules#checkPerson}.
 */
@Component
class BulkRegistration {

    static final String DOCUMENT_REPEATED = "import.document.repeated";
    static final String RECORD_REPEATED = "validation.csv.duplicateRecord";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    BulkRegistration(JdbcTemplate template, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.template = template;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(BulkDraft draft, UUID personId, UUID documentId, String number, String issuer) {
    }

    @Transactional
    public BulkOutcome register(List<BulkDraft> drafts, Staff actor, String purpose) {
        if (drafts.isEmpty()) {
            return new BulkOutcome(0, 0, List.of());
        }
        DocumentFormats formats = DocumentFormats.standard();
        Set<String> present = existingRecordIds(drafts);
        Set<String> taken = existingDocuments(drafts, formats);
        Set<String> recordsSeen = new HashSet<>();
        Set<String> documentsSeen = new HashSet<>();
        List<Row> rows = new ArrayList<>(drafts.size());
        List<BulkOutcome.Rejection> rejected = new ArrayList<>();
        int skipped = 0;
        for (BulkDraft draft : drafts) {
            NewPerson p = draft.person();
            NewDocument d = p.document();
            String recordId = p.sourceRecordId().strip();
            if (present.contains(recordId)) {
                skipped++;
                continue;
            }
            String number = formats.normalise(d.type(), d.issuingCountry(), d.number());
            String key = documentKey(d.type(), d.issuingCountry(), number);
            if (!recordsSeen.add(recordId)) {
                rejected.add(rejection(draft, "recordId", RECORD_REPEATED));
            } else if (taken.contains(key)) {
                rejected.add(rejection(draft, "document.number", "document.taken"));
            } else if (!documentsSeen.add(key)) {
                rejected.add(rejection(draft, "document.number", DOCUMENT_REPEATED));
            } else {
                rows.add(new Row(draft, Ids.next(clock), Ids.next(clock), number, d.issuingCountry()));
            }
        }
        if (!rows.isEmpty()) {
            insert(rows, actor, purpose);
        }
        return new BulkOutcome(rows.size(), skipped, rejected);
    }

    private static BulkOutcome.Rejection rejection(BulkDraft draft, String field, String code) {
        return new BulkOutcome.Rejection(draft.line(), draft.person().sourceRecordId(), List.of(FieldProblem.of(field, code)));
    }

    private Set<String> existingRecordIds(List<BulkDraft> drafts) {
        Set<String> ids = new HashSet<>();
        drafts.forEach(d -> ids.add(d.person().sourceRecordId().strip()));
        return new HashSet<>(jdbc.sql("select source_record_id from person where source_record_id in (:ids)")
                .param("ids", ids).query(String.class).list());
    }

    private Set<String> existingDocuments(List<BulkDraft> drafts, DocumentFormats formats) {
        Set<String> numbers = new HashSet<>();
        for (BulkDraft draft : drafts) {
            NewDocument d = draft.person().document();
            numbers.add(formats.normalise(d.type(), d.issuingCountry(), d.number()));
        }
        Set<String> taken = new HashSet<>();
        jdbc.sql("select doc_type, issuing_country, number from identity_document where number in (:numbers)")
                .param("numbers", numbers)
                .query(rs -> {
                    taken.add(documentKey(DocumentType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
                });
        return taken;
    }

    private static String documentKey(DocumentType type, String country, String number) {
        return type.name() + '|' + country + '|' + number;
    }

    private void insert(List<Row> rows, Staff actor, String purpose) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Object[]> tokens = new ArrayList<>(rows.size() * 5);
        List<Row> withStatus = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>(rows.size());
        Map<UUID, String[]> names = new HashMap<>(rows.size() * 2);
        for (Row row : rows) {
            NewPerson p = row.draft().person();
            String[] cleaned = {RegisterRules.clean(p.givenNames()), RegisterRules.clean(p.firstSurname()),
                    RegisterRules.clean(p.secondSurname())};
            names.put(row.personId(), cleaned);
            for (String token : Names.tokens(cleaned)) {
                tokens.add(new Object[] {token, row.personId()});
            }
            if (row.draft().status() != null) {
                withStatus.add(row);
            }
            if (row.draft().document().status() != DocumentStatus.ACTIVE) {
                changed.add(row);
            }
            events.add(new AuditEvent(actor, AuditAction.PERSON_IMPORTED, row.personId(), purpose,
                    "document " + row.documentId()));
        }
        template.batchUpdate("""
                insert into person (id, person_key, given_names, first_surname, second_surname, sex, birth_date,
                    nationality, phone, email, ubigeo, address_line, search_name, source_record_id,
                    created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, rows, rows.size(), (ps, row) -> {
            NewPerson p = row.draft().person();
            String[] n = names.get(row.personId());
            Contact c = p.contact() == null ? Contact.NONE : p.contact();
            ps.setObject(1, row.personId());
            ps.setString(2, PersonKey.random().value());
            ps.setString(3, n[0]);
            ps.setString(4, n[1]);
            text(ps, 5, n[2]);
            ps.setString(6, p.sex().name());
            date(ps, 7, p.birthDate());
            ps.setString(8, RegisterRules.upper(p.nationality()));
            text(ps, 9, RegisterRules.clean(c.phone()));
            text(ps, 10, RegisterRules.clean(c.email()));
            text(ps, 11, RegisterRules.clean(c.ubigeo()));
            text(ps, 12, RegisterRules.clean(c.addressLine()));
            ps.setString(13, String.join(" ", Names.tokens(n)));
            ps.setString(14, p.sourceRecordId().strip());
            ps.setTimestamp(15, at);
            ps.setTimestamp(16, at);
        });
        template.batchUpdate("insert into person_name_token (token, person_id) values (?, ?)", tokens, tokens.size(),
                (ps, t) -> {
                    ps.setString(1, (String) t[0]);
                    ps.setObject(2, t[1]);
                });
        template.batchUpdate("""
                insert into identity_document (id, person_id, doc_type, number, issuing_country, issued_on,
                    expires_on, status, status_reason, work_authorised, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, rows.size(), (ps, row) -> {
            NewDocument d = row.draft().person().document();
            BulkDraft.DocumentState state = row.draft().document();
            ps.setObject(1, row.documentId());
            ps.setObject(2, row.personId());
            ps.setString(3, d.type().name());
            ps.setString(4, row.number());
            ps.setString(5, row.issuer());
            date(ps, 6, d.issuedOn());
            date(ps, 7, d.expiresOn());
            ps.setString(8, state.status().name());
            text(ps, 9, state.reason());
            ps.setBoolean(10, d.workAuthorised());
            ps.setTimestamp(11, at);
            ps.setTimestamp(12, at);
            ps.setLong(13, state.status() == DocumentStatus.ACTIVE ? 0 : 1);
        });
        String eventSql = """
                insert into document_event (id, document_id, kind, previous_status, new_status, previous_expiry,
                    new_expiry, reason, actor, at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        template.batchUpdate(eventSql, rows, rows.size(), (ps, row) -> {
            BulkDraft.DocumentState state = row.draft().document();
            LocalDate expiry = state.status() == DocumentStatus.EXTENDED ? state.previousExpiry()
                    : row.draft().person().document().expiresOn();
            event(ps, row, "ISSUED", null, DocumentStatus.ACTIVE, null, expiry, null, actor, at);
        });
        if (!changed.isEmpty()) {
            template.batchUpdate(eventSql, changed, changed.size(), (ps, row) -> {
                BulkDraft.DocumentState state = row.draft().document();
                LocalDate expiry = row.draft().person().document().expiresOn();
                boolean extended = state.status() == DocumentStatus.EXTENDED;
                event(ps, row, extended ? "EXTENDED" : state.status().name(), DocumentStatus.ACTIVE, state.status(),
                        extended ? state.previousExpiry() : expiry, expiry, state.reason(), actor, at);
            });
        }
        if (!withStatus.isEmpty()) {
            template.batchUpdate("""
                    insert into migration_status (id, person_id, category, valid_from, valid_to, legal_basis, actor,
                        created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    """, withStatus, withStatus.size(), (ps, row) -> {
                NewStatus s = row.draft().status();
                ps.setObject(1, Ids.next(clock));
                ps.setObject(2, row.personId());
                ps.setString(3, s.category().name());
                date(ps, 4, s.validFrom());
                date(ps, 5, s.validTo());
                ps.setString(6, s.legalBasis().strip());
                ps.setString(7, actor.username());
                ps.setTimestamp(8, at);
                ps.setTimestamp(9, at);
            });
        }
        audit.recordAll(events);
    }

    private void event(PreparedStatement ps, Row row, String kind, DocumentStatus previous, DocumentStatus next,
                       LocalDate previousExpiry, LocalDate newExpiry, String reason, Staff actor, Timestamp at)
            throws SQLException {
        ps.setObject(1, Ids.next(clock));
        ps.setObject(2, row.documentId());
        ps.setString(3, kind);
        text(ps, 4, previous == null ? null : previous.name());
        ps.setString(5, next.name());
        date(ps, 6, previousExpiry);
        date(ps, 7, newExpiry);
        text(ps, 8, reason);
        ps.setString(9, actor.username());
        ps.setTimestamp(10, at);
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }
}
