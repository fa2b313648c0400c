package org.puente.server.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.puente.server.access.Staff;
import org.puente.server.audit.AuditAction;
import org.puente.server.audit.AuditEvent;
import org.puente.server.audit.AuditLog;
import org.puente.server.common.Conflict;
import org.puente.server.common.Ids;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's facade: every operation a registrar (or a script on their behalf) performs on
 * people, documents and statuses. Each writes its audit entry in its own transaction, so no
 * change and no look at a record goes unrecorded.
 */
@Service
public class Register {

    private final People people;
    private final Documents documents;
    private final Statuses statuses;
    private final PeopleSearch search;
    private final AuditLog audit;
    private final IdempotencyKeys idempotency;
    private final NameIndex index;
    private final Merges merges;
    private final VerifiableIndex verifiable;
    private final Clock clock;

    Register(People people, Documents documents, Statuses statuses, PeopleSearch search, AuditLog audit,
             IdempotencyKeys idempotency, NameIndex index, Merges merges, VerifiableIndex verifiable, Clock clock) {
        this.merges = merges;
        this.verifiable = verifiable;
        this.idempotency = idempotency;
        this.index = index;
        this.people = people;
        this.documents = documents;
        this.statuses = statuses;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a person with a first document and returns the new person's id. */
    @Transactional
    public UUID register(NewPerson draft, Staff actor, String purpose) {
        return register(draft, actor, purpose, null).personId();
    }

    /** The outcome of a registration: the person, and whether an earlier identical request made it. */
    public record Registration(UUID personId, boolean replayed) {
    }

    /**
     * Registers a person; a retry with the same idempotency key returns the person the first
     * request made and creates nothing.
     */
    @Transactional
    public Registration register(NewPerson draft, Staff actor, String purpose, String idempotencyKey) {
        String requestHash = idempotencyKey == null ? null : IdempotencyKeys.hash(draft);
        if (idempotencyKey != null) {
            var earlier = idempotency.earlier(actor.username(), idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return new Registration(earlier.get(), true);
            }
        }
        UUID id = create(draft, actor, purpose);
        if (idempotencyKey != null) {
            idempotency.remember(actor.username(), idempotencyKey, requestHash, id, clock.instant());
        }
        return new Registration(id, false);
    }

    private UUID create(NewPerson draft, Staff actor, String purpose) {
        LocalDate today = LocalDate.now(clock);
        var problems = new InvalidInput.Collector();
        RegisterRules.checkPerson(draft, today, problems);
        problems.throwIfAny();
        NewDocument d = draft.document();
        String number = DocumentFormats.standard().normalise(d.type(), d.issuingCountry(), d.number());
        if (documents.exists(d.type(), d.issuingCountry(), number)) {
            throw new Conflict("document.taken", "document.number");
        }
        Instant now = clock.instant();
        Contact c = draft.contact() == null ? Contact.NONE : draft.contact();
        Person person = new Person(Ids.next(clock), PersonKey.random(), RegisterRules.clean(draft.givenNames()),
                RegisterRules.clean(draft.firstSurname()), RegisterRules.clean(draft.secondSurname()), draft.sex(),
                draft.birthDate(), draft.nationality(),
                new Contact(RegisterRules.clean(c.phone()), RegisterRules.clean(c.email()),
                        RegisterRules.clean(c.ubigeo()), RegisterRules.clean(c.addressLine())),
                now, now, 0);
        people.insert(person, draft.sourceRecordId());
        index.putAfterCommit(List.of(NameIndex.entry(person)));
        IdentityDocument document = issue(person.id(), d, number, actor, now);
        verifiable.refreshAfterCommit(List.of(person.id()));
        audit.record(new AuditEvent(actor, AuditAction.PERSON_REGISTERED, person.id(), purpose,
                "document " + document.id()));
        return person.id();
    }

    /** The whole record of a person; the look is audited with its purpose. */
    @Transactional
    public PersonRecord view(UUID personId, Staff actor, String purpose) {
        Person person = people.find(personId).orElseThrow(() -> new NotFound("person.notFound"));
        audit.recordRead(new AuditEvent(actor, AuditAction.PERSON_VIEWED, personId, purpose, null));
        return new PersonRecord(person, documents.ofPerson(personId), documents.eventsOfPerson(personId),
                statuses.ofPerson(personId), people.corrections(personId), merges.mergedInto(personId),
                merges.ofPerson(personId));
    }

    @Transactional(readOnly = true)
    public SearchPage searchByDocument(String number, int page, int pageSize, Staff actor, String purpose) {
        SearchPage result = search.byDocument(number, page, pageSize);
        audit.recordSearch(new AuditEvent(actor, AuditAction.PERSON_SEARCHED, null, purpose,
                "by document; " + result.people().size() + " shown"));
        return result;
    }

    @Transactional(readOnly = true)
    public SearchPage searchByName(NameQuery query, Staff actor, String purpose) {
        SearchPage result = search.byName(query);
        audit.recordSearch(new AuditEvent(actor, AuditAction.PERSON_SEARCHED, null, purpose,
                "by name; " + result.people().size() + " shown"));
        return result;
    }

    @Transactional
    public UUID addDocument(UUID personId, NewDocument draft, Staff actor, String purpose) {
        people.find(personId).orElseThrow(() -> new NotFound("person.notFound"));
        LocalDate today = LocalDate.now(clock);
        var problems = new InvalidInput.Collector();
        RegisterRules.checkDocument(draft, "", today, problems);
        problems.throwIfAny();
        String number = DocumentFormats.standard().normalise(draft.type(), draft.issuingCountry(), draft.number());
        if (documents.exists(draft.type(), draft.issuingCountry(), number)) {
            throw new Conflict("document.taken", "number");
        }
        Instant now = clock.instant();
        // A new card of the same type and country replaces the one the person held.
        for (IdentityDocument old : documents.ofPerson(personId)) {
            DocumentStatus oldStatus = old.statusOn(today);
            if (old.type() == draft.type() && old.issuingCountry().equals(draft.issuingCountry())
                    && (oldStatus == DocumentStatus.ACTIVE || oldStatus == DocumentStatus.EXTENDED)) {
                String reason = "replaced by " + draft.type() + " " + number;
                documents.change(old, DocumentStatus.REPLACED, old.expiresOn(), reason, now);
                documents.insertEvent(new DocumentEvent(Ids.next(clock), old.id(), "REPLACED", old.status(),
                        DocumentStatus.REPLACED, old.expiresOn(), old.expiresOn(), reason, actor.username(), now));
            }
        }
        IdentityDocument document = issue(personId, draft, number, actor, now);
        verifiable.refreshAfterCommit(List.of(personId));
        audit.record(new AuditEvent(actor, AuditAction.DOCUMENT_ADDED, personId, purpose, "document " + document.id()));
        return document.id();
    }

    /** Extends a document's validity to a later date (e.g. the CPP's 30-business-day extension). */
    @Transactional
    public void extendDocument(UUID documentId, LocalDate newExpiry, String reason, Long expectedVersion,
                               Staff actor, String purpose) {
        IdentityDocument d = documents.find(documentId).orElseThrow(() -> new NotFound("document.notFound"));
        var problems = new InvalidInput.Collector();
        RegisterRules.checkReason(reason, problems);
        if (newExpiry == null) {
            problems.add("expiresOn", "validation.required");
        } else if (d.expiresOn() != null && !newExpiry.isAfter(d.expiresOn())) {
            problems.add("expiresOn", "validation.document.extensionNotLater");
        } else if (newExpiry.isAfter(LocalDate.now(clock).plusYears(20))) {
            problems.add("expiresOn", "validation.date.tooFar");
        }
        problems.throwIfAny();
        if (d.status() == DocumentStatus.REVOKED || d.status() == DocumentStatus.REPLACED) {
            throw new Conflict("document.notExtendable");
        }
        checkVersion(d, expectedVersion);
        Instant now = clock.instant();
        String cleanReason = reason.strip();
        documents.change(d, DocumentStatus.EXTENDED, newExpiry, cleanReason, now);
        documents.insertEvent(new DocumentEvent(Ids.next(clock), d.id(), "EXTENDED", d.status(),
                DocumentStatus.EXTENDED, d.expiresOn(), newExpiry, cleanReason, actor.username(), now));
        verifiable.refreshAfterCommit(List.of(d.personId()));
        audit.record(new AuditEvent(actor, AuditAction.DOCUMENT_EXTENDED, d.personId(), purpose,
                "document " + d.id() + " to " + newExpiry));
    }

    @Transactional
    public void revokeDocument(UUID documentId, String reason, Long expectedVersion, Staff actor, String purpose) {
        IdentityDocument d = documents.find(documentId).orElseThrow(() -> new NotFound("document.notFound"));
        var problems = new InvalidInput.Collector();
        RegisterRules.checkReason(reason, problems);
        problems.throwIfAny();
        if (d.status() == DocumentStatus.REVOKED) {
            throw new Conflict("document.alreadyRevoked");
        }
        checkVersion(d, expectedVersion);
        Instant now = clock.instant();
        String cleanReason = reason.strip();
        documents.change(d, DocumentStatus.REVOKED, d.expiresOn(), cleanReason, now);
        documents.insertEvent(new DocumentEvent(Ids.next(clock), d.id(), "REVOKED", d.status(),
                DocumentStatus.REVOKED, d.expiresOn(), d.expiresOn(), cleanReason, actor.username(), now));
        verifiable.refreshAfterCommit(List.of(d.personId()));
        audit.record(new AuditEvent(actor, AuditAction.DOCUMENT_REVOKED, d.personId(), purpose, "document " + d.id()));
    }

    @Transactional
    public UUID recordStatus(UUID personId, NewStatus draft, Staff actor, String purpose) {
        people.find(personId).orElseThrow(() -> new NotFound("person.notFound"));
        var problems = new InvalidInput.Collector();
        RegisterRules.checkStatus(draft, problems);
        problems.throwIfAny();
        MigrationStatus status = new MigrationStatus(Ids.next(clock), personId, draft.category(), draft.validFrom(),
                draft.validTo(), draft.legalBasis().strip(), actor.username(), clock.instant());
        statuses.insert(status);
        verifiable.refreshAfterCommit(List.of(personId));
        audit.record(new AuditEvent(actor, AuditAction.STATUS_RECORDED, personId, purpose, draft.category().name()));
        return status.id();
    }

    /**
     * Corrects a person's data. The old value of every changed field is kept with the reason; a
     * registrar who edited an out-of-date copy gets a conflict instead of overwriting.
     */
    @Transactional
    public Person correct(UUID personId, long expectedVersion, PersonChanges changes, String reason, Staff actor,
                          String purpose) {
        Person current = people.find(personId).orElseThrow(() -> new NotFound("person.notFound"));
        if (current.version() != expectedVersion) {
            throw new Conflict("record.changed");
        }
        Contact c = current.contact();
        Person changed = new Person(current.id(), current.key(),
                pick(changes.givenNames(), current.givenNames(), RegisterRules::clean),
                pick(changes.firstSurname(), current.firstSurname(), RegisterRules::clean),
                changes.secondSurname() == null ? current.secondSurname() : RegisterRules.clean(changes.secondSurname()),
                changes.sex() == null ? current.sex() : changes.sex(),
                changes.birthDate() == null ? current.birthDate() : changes.birthDate(),
                pick(changes.nationality(), current.nationality(), RegisterRules::upper),
                new Contact(changes.phone() == null ? c.phone() : RegisterRules.clean(changes.phone()),
                        changes.email() == null ? c.email() : RegisterRules.clean(changes.email()),
                        changes.ubigeo() == null ? c.ubigeo() : RegisterRules.clean(changes.ubigeo()),
                        changes.addressLine() == null ? c.addressLine() : RegisterRules.clean(changes.addressLine())),
                current.createdAt(), current.updatedAt(), current.version());
        var problems = new InvalidInput.Collector();
        RegisterRules.name(problems, "givenNames", changed.givenNames(), 120, true);
        RegisterRules.name(problems, "firstSurname", changed.firstSurname(), 80, true);
        RegisterRules.name(problems, "secondSurname", changed.secondSurname(), 80, false);
        RegisterRules.birthDate(problems, changed.birthDate(), LocalDate.now(clock));
        RegisterRules.country(problems, "nationality", changed.nationality());
        RegisterRules.contact(problems, changed.contact());
        RegisterRules.checkReason(reason, problems);
        problems.throwIfAny();
        List<Correction> corrections = differences(current, changed, reason.strip(), actor);
        if (corrections.isEmpty()) {
            throw new InvalidInput("reason", "validation.nothingChanged");
        }
        Instant now = clock.instant();
        Person saved = people.update(changed, expectedVersion, now);
        index.putAfterCommit(List.of(NameIndex.entry(saved)));
        verifiable.refreshAfterCommit(List.of(personId));
        corrections.forEach(people::insertCorrection);
        audit.record(new AuditEvent(actor, AuditAction.PERSON_CORRECTED, personId, purpose,
                String.join(",", corrections.stream().map(Correction::field).toList())));
        return saved;
    }

    private List<Correction> differences(Person before, Person after, String reason, Staff actor) {
        List<Correction> out = new ArrayList<>();
        Instant now = clock.instant();
        String[][] fields = {
                {"givenNames", before.givenNames(), after.givenNames()},
                {"firstSurname", before.firstSurname(), after.firstSurname()},
                {"secondSurname", before.secondSurname(), after.secondSurname()},
                {"sex", before.sex().name(), after.sex().name()},
                {"birthDate", before.birthDate().toString(), after.birthDate().toString()},
                {"nationality", before.nationality(), after.nationality()},
                {"phone", before.contact().phone(), after.contact().phone()},
                {"email", before.contact().email(), after.contact().email()},
                {"ubigeo", before.contact().ubigeo(), after.contact().ubigeo()},
                {"addressLine", before.contact().addressLine(), after.contact().addressLine()}};
        for (String[] f : fields) {
            if (!Objects.equals(f[1], f[2])) {
                out.add(new Correction(Ids.next(clock), before.id(), f[0], f[1], f[2], reason, actor.username(), now));
            }
        }
        return out;
    }

    private IdentityDocument issue(UUID personId, NewDocument d, String number, Staff actor, Instant now) {
        IdentityDocument document = new IdentityDocument(Ids.next(clock), personId, d.type(), number,
                d.issuingCountry(), d.issuedOn(), d.expiresOn(), DocumentStatus.ACTIVE, null, d.workAuthorised(), 0);
        documents.insert(document, now);
        documents.insertEvent(new DocumentEvent(Ids.next(clock), document.id(), "ISSUED", null, DocumentStatus.ACTIVE,
                null, d.expiresOn(), null, actor.username(), now));
        return document;
    }

    private static void checkVersion(IdentityDocument d, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != d.version()) {
            throw new Conflict("record.changed");
        }
    }

    private static String pick(String proposed, String current, Function<String, String> clean) {
        return proposed == null ? current : clean.apply(proposed);
    }

    /**
     * Merges two records of one person: {@code survivorId} keeps its data and takes the other's
     * documents and statuses (with their histories); {@code mergedId} stays, unchanged, as a
     * pointer to the survivor. Both people must be as the caller last saw them (their versions),
     * and neither may already be merged into someone. Audited on both records.
     */
    @Transactional
    public PersonMerge merge(UUID survivorId, long survivorVersion, UUID mergedId, long mergedVersion, String reason,
                             Staff actor, String purpose) {
        var problems = new InvalidInput.Collector();
        RegisterRules.checkReason(reason, problems);
        if (survivorId.equals(mergedId)) {
            problems.add("mergedId", "merge.samePerson");
        }
        problems.throwIfAny();
        people.find(survivorId).orElseThrow(() -> new NotFound("person.notFound"));
        people.find(mergedId).orElseThrow(() -> new NotFound("person.notFound"));
        if (merges.mergedInto(survivorId) != null || merges.mergedInto(mergedId) != null) {
            throw new Conflict("merge.alreadyMerged");
        }
        Instant now = clock.instant();
        PersonMerge merge = new PersonMerge(Ids.next(clock), survivorId, mergedId, reason.strip(), actor.username(),
                now, null, null, null);
        merges.merge(merge, survivorVersion, mergedVersion, now);
        verifiable.refreshAfterCommit(List.of(survivorId, mergedId));
        audit.recordAll(List.of(
                new AuditEvent(actor, AuditAction.PERSON_MERGED, survivorId, purpose, "kept; merge " + merge.id()),
                new AuditEvent(actor, AuditAction.PERSON_MERGED, mergedId, purpose, "merged into " + survivorId)));
        return merge;
    }

    /** Undoes a merge: both people are again as they were before it. Audited on both records. */
    @Transactional
    public void unmerge(UUID mergeId, String reason, Staff actor, String purpose) {
        var problems = new InvalidInput.Collector();
        RegisterRules.checkReason(reason, problems);
        problems.throwIfAny();
        PersonMerge merge = merges.find(mergeId);
        merges.undo(merge, actor.username(), reason.strip(), clock.instant());
        verifiable.refreshAfterCommit(List.of(merge.survivorId(), merge.mergedId()));
        audit.recordAll(List.of(
                new AuditEvent(actor, AuditAction.PERSON_UNMERGED, merge.survivorId(), purpose, "merge " + mergeId),
                new AuditEvent(actor, AuditAction.PERSON_UNMERGED, merge.mergedId(), purpose, "merge " + mergeId)));
    }

    /** The document with its person's id, for pages that act on one document. */
    @Transactional(readOnly = true)
    public IdentityDocument document(UUID documentId) {
        return documents.find(documentId).orElseThrow(() -> new NotFound("document.notFound"));
    }

    /**
     * Documents of a type and number for verification, with their status today. Not audited here:
     * the verification service records every look in its own durable log. The hot path of the
     * verification API: answered from memory once the index is loaded, from the database before.
     */
    public List<VerifiableDocument> verifiable(DocumentType type, String number) {
        String normalised = DocumentFormats.standard().normalise(type, "PER", number);
        LocalDate today = LocalDate.now(clock);
        return verifiable.ready() ? verifiable.find(type, normalised, today)
                : documents.verifiable(type, normalised, today);
    }

    /** The phone and e-mail of a document's holder (no address), to send them a one-time code. */
    @Transactional(readOnly = true)
    public java.util.Optional<Contact> holderContact(UUID documentId) {
        return documents.holderContact(documentId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
