package org.puente.server.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.puente.server.access.Staff;
import org.puente.server.audit.AuditAction;
import org.puente.server.audit.AuditEvent;
import org.puente.server.audit.AuditLog;
import org.puente.server.common.BulkWriter;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fast path for many people at once (CSV import, demo data): one transaction per batch, one
 * look-up per batch for record ids and documents already in the register, then one bulk write
 * per table ({@code COPY} on PostgreSQL). Idempotent by {@code person.source_record_id}: a row whose record id is already
 * present is skipped, so a batch re-run after a crash adds only what is missing.
 * Drafts must already satisfy {@link RegisterRules#checkPerson}.
 */
@Component
class BulkRegistration {

    static final String DOCUMENT_REPEATED = "import.document.repeated";
    static final String RECORD_REPEATED = "validation.csv.duplicateRecord";

    private final JdbcClient jdbc;
    private final BulkWriter writer;
    private final NameIndex index;
    private final VerifiableIndex verifiable;
    private final AuditLog audit;
    private final Clock clock;

    BulkRegistration(JdbcClient jdbc, BulkWriter writer, NameIndex index, VerifiableIndex verifiable, AuditLog audit,
                     Clock clock) {
        this.writer = writer;
        this.index = index;
        this.verifiable = verifiable;
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
        Instant at = clock.instant();
        List<Object[]> people = new ArrayList<>(rows.size());
        List<Object[]> documents = new ArrayList<>(rows.size());
        List<Object[]> events = new ArrayList<>(rows.size());
        List<Object[]> statuses = new ArrayList<>();
        List<AuditEvent> audited = new ArrayList<>(rows.size());
        for (Row row : rows) {
            NewPerson p = row.draft().person();
            String[] n = {RegisterRules.clean(p.givenNames()), RegisterRules.clean(p.firstSurname()),
                    RegisterRules.clean(p.secondSurname())};
            List<String> personTokens = Names.tokens(n);
            Contact c = p.contact() == null ? Contact.NONE : p.contact();
            people.add(new Object[] {row.personId(), PersonKey.random().value(), n[0], n[1], n[2], p.sex().name(),
                    p.birthDate(), RegisterRules.upper(p.nationality()), RegisterRules.clean(c.phone()),
                    RegisterRules.clean(c.email()), RegisterRules.clean(c.ubigeo()),
                    RegisterRules.clean(c.addressLine()), String.join(" ", personTokens),
                    p.sourceRecordId().strip(), at, at, 0L});

            NewDocument d = p.document();
            BulkDraft.DocumentState state = row.draft().document();
            documents.add(new Object[] {row.documentId(), row.personId(), d.type().name(), row.number(), row.issuer(),
                    d.issuedOn(), d.expiresOn(), state.status().name(), state.reason(), d.workAuthorised(), at, at,
                    state.status() == DocumentStatus.ACTIVE ? 0L : 1L});
            boolean extended = state.status() == DocumentStatus.EXTENDED;
            events.add(event(row, "ISSUED", null, DocumentStatus.ACTIVE, null,
                    extended ? state.previousExpiry() : d.expiresOn(), null, actor, at));
            if (state.status() != DocumentStatus.ACTIVE) {
                events.add(event(row, extended ? "EXTENDED" : state.status().name(), DocumentStatus.ACTIVE,
                        state.status(), extended ? state.previousExpiry() : d.expiresOn(), d.expiresOn(),
                        state.reason(), actor, at));
            }
            NewStatus s = row.draft().status();
            if (s != null) {
                statuses.add(new Object[] {Ids.next(clock), row.personId(), s.category().name(), s.validFrom(),
                        s.validTo(), s.legalBasis().strip(), actor.username(), at, at, 0L});
            }
            audited.add(new AuditEvent(actor, AuditAction.PERSON_IMPORTED, row.personId(), purpose,
                    "document " + row.documentId()));
        }
        writer.insert("person", PERSON_COLUMNS, people);
        writer.insert("identity_document", DOCUMENT_COLUMNS, documents);
        writer.insert("document_event", EVENT_COLUMNS, events);
        writer.insert("migration_status", STATUS_COLUMNS, statuses);
        // The audit chain's head is shared by every writer: take it last, so a concurrent batch
        // waits for it only while this one appends its entries and commits.
        audit.recordAll(audited);
        List<NameIndex.Entry> indexed = new ArrayList<>(people.size());
        for (Object[] person : people) {
            indexed.add(new NameIndex.Entry((UUID) person[0],
                    java.util.Arrays.stream(((String) person[12]).split(" ")).filter(t -> !t.isEmpty()).toList(),
                    (String) person[7], (LocalDate) person[6]));
        }
        index.putAfterCommit(indexed);
        verifiable.refreshAfterCommit(rows.stream().map(Row::personId).toList());
    }

    /** After a large load: the tables it wrote get fresh planner statistics. */
    void refreshStatistics() {
        writer.analyze(List.of("person", "identity_document", "document_event", "migration_status", "audit_entry"));
    }

    private static final List<String> PERSON_COLUMNS = List.of("id", "person_key", "given_names", "first_surname",
            "second_surname", "sex", "birth_date", "nationality", "phone", "email", "ubigeo", "address_line",
            "search_name", "source_record_id", "created_at", "updated_at", "version");
    private static final List<String> DOCUMENT_COLUMNS = List.of("id", "person_id", "doc_type", "number",
            "issuing_country", "issued_on", "expires_on", "status", "status_reason", "work_authorised", "created_at",
            "updated_at", "version");
    private static final List<String> EVENT_COLUMNS = List.of("id", "document_id", "kind", "previous_status",
            "new_status", "previous_expiry", "new_expiry", "reason", "actor", "at");
    private static final List<String> STATUS_COLUMNS = List.of("id", "person_id", "category", "valid_from", "valid_to",
            "legal_basis", "actor", "created_at", "updated_at", "version");

    private Object[] event(Row row, String kind, DocumentStatus previous, DocumentStatus next, LocalDate previousExpiry,
                           LocalDate newExpiry, String reason, Staff actor, Instant at) {
        return new Object[] {Ids.next(clock), row.documentId(), kind, previous == null ? null : previous.name(),
                next.name(), previousExpiry, newExpiry, reason, actor.username(), at};
    }
}
