package org.puente.server.register;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register's JSON API. Every call is checked against the caller's role and agency, and audited. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register of Migrants", description = "People, identity documents and migration statuses")
class PeopleApi {

    private static final String DEFAULT_PURPOSE = "api";

    private final Register register;
    private final DuplicateReview duplicates;

    PeopleApi(Register register, DuplicateReview duplicates) {
        this.register = register;
        this.duplicates = duplicates;
    }

    record DocumentBody(DocumentType type, String number, String issuingCountry, LocalDate issuedOn,
                        LocalDate expiresOn, Boolean workAuthorised) {

        NewDocument toDraft() {
            return new NewDocument(type, number, RegisterRules.upper(issuingCountry), issuedOn, expiresOn,
                    Boolean.TRUE.equals(workAuthorised));
        }
    }

    record RegistrationBody(String givenNames, String firstSurname, String secondSurname, Sex sex,
                            LocalDate birthDate, String nationality, String phone, String email, String ubigeo,
                            String addressLine, DocumentBody document) {
    }

    record CorrectionBody(Long version, String reason, String givenNames, String firstSurname, String secondSurname,
                          Sex sex, LocalDate birthDate, String nationality, String phone, String email, String ubigeo,
                          String addressLine) {
    }

    record ExtensionBody(LocalDate expiresOn, String reason, Long version) {
    }

    record RevocationBody(String reason, Long version) {
    }

    record StatusBody(CalidadMigratoria category, LocalDate validFrom, LocalDate validTo, String legalBasis) {
    }

    record DocumentView(UUID id, DocumentType type, String number, String issuingCountry, LocalDate issuedOn,
                        LocalDate expiresOn, DocumentStatus status, String statusReason, boolean workAuthorised,
                        long version, List<DocumentEvent> history) {
    }

    record PersonView(UUID id, String personKey, String givenNames, String firstSurname, String secondSurname,
                      Sex sex, LocalDate birthDate, String nationality, Contact contact, Instant createdAt,
                      Instant updatedAt, long version, List<DocumentView> documents, List<MigrationStatus> statuses,
                      List<Correction> corrections) {

        static PersonView of(PersonRecord r, LocalDate today) {
            Person p = r.person();
            List<DocumentView> documents = r.documents().stream().map(d -> new DocumentView(d.id(), d.type(),
                    d.number(), d.issuingCountry(), d.issuedOn(), d.expiresOn(), d.statusOn(today), d.statusReason(),
                    d.workAuthorised(), d.version(),
                    r.documentEvents().stream().filter(e -> e.documentId().equals(d.id())).toList())).toList();
            return new PersonView(p.id(), p.key().display(), p.givenNames(), p.firstSurname(), p.secondSurname(),
                    p.sex(), p.birthDate(), p.nationality(), p.contact(), p.createdAt(), p.updatedAt(), p.version(),
                    documents, r.statuses(), r.corrections());
        }
    }

    record SummaryView(UUID id, String personKey, String givenNames, String firstSurname, String secondSurname,
                       Sex sex, LocalDate birthDate, String nationality) {

        static SummaryView of(PersonSummary s) {
            return new SummaryView(s.id(), s.key().display(), s.givenNames(), s.firstSurname(), s.secondSurname(),
                    s.sex(), s.birthDate(), s.nationality());
        }
    }

    record PageView(List<SummaryView> people, int page, int size, boolean hasNext) {
    }

    /**
     * A registered person who may be the same as the one asked about: the pair in the review
     * queue, who they are, the match probability, whether it reaches the match threshold, and
     * each field's comparison level and weight (bits).
     */
    record PossibleDuplicateView(UUID pairId, SummaryView person, double probability, boolean likelyMatch,
                                 DuplicatePair.Evidence evidence) {

        static PossibleDuplicateView of(DuplicateReview.PossibleDuplicate d) {
            return new PossibleDuplicateView(d.pairId(), SummaryView.of(d.person()), d.probability(), d.likelyMatch(),
                    d.evidence());
        }
    }

    /** The intake check: {@code checked} is false while the engine's index is being built after a start. */
    record DuplicateCheckView(boolean checked, List<PossibleDuplicateView> possibleDuplicates) {

        static DuplicateCheckView of(DuplicateReview.IntakeCheck check) {
            return new DuplicateCheckView(check.checked(),
                    check.possibleDuplicates().stream().map(PossibleDuplicateView::of).toList());
        }
    }

    /** The registered person and, in the same answer, who in the register may be the same person. */
    record RegistrationView(@com.fasterxml.jackson.annotation.JsonUnwrapped PersonView person,
                            DuplicateCheckView duplicateCheck) {
    }

    @Operation(summary = "Register a person with a first document",
            description = "Retrying with the same Idempotency-Key returns the first result and creates nothing. "
                    + "The answer includes duplicateCheck: registered people who may be the same person, with the "
                    + "evidence; each such pair is also put in the registrars' duplicates review queue.")
    @PostMapping("/people")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    ResponseEntity<RegistrationView> register(@RequestBody RegistrationBody body,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                        @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        if (body == null) {
            throw new InvalidInput("body", "validation.required");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidInput("Idempotency-Key", "validation.idempotencyKey");
        }
        var staff = CurrentStaff.get();
        NewPerson draft = new NewPerson(body.givenNames(), body.firstSurname(), body.secondSurname(), body.sex(),
                body.birthDate(), RegisterRules.upper(body.nationality()),
                new Contact(body.phone(), body.email(), body.ubigeo(), body.addressLine()),
                body.document() == null ? null : body.document().toDraft(), null);
        var registration = register.register(draft, staff, purpose(purpose), idempotencyKey);
        var check = duplicates.checkNewPerson(registration.personId(), staff, purpose(purpose));
        PersonRecord record = register.view(registration.personId(), staff, purpose(purpose));
        return ResponseEntity.created(URI.create("/api/v1/people/" + registration.personId()))
                .header("Idempotent-Replayed", Boolean.toString(registration.replayed()))
                .eTag(Long.toString(record.person().version()))
                .body(new RegistrationView(PersonView.of(record, register.today()), DuplicateCheckView.of(check)));
    }

    @Operation(summary = "Registered people who may be the same person as this one, waiting for a registrar's decision")
    @GetMapping("/people/{id}/possible-duplicates")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    List<PossibleDuplicateView> possibleDuplicates(@PathVariable UUID id,
                                                   @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        register.view(id, CurrentStaff.get(), purpose(purpose));
        return duplicates.pendingFor(id, CurrentStaff.get(), purpose(purpose)).stream()
                .map(PossibleDuplicateView::of).toList();
    }

    @Operation(summary = "A person's whole record, with document history, statuses and corrections")
    @GetMapping("/people/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_READ + "')")
    ResponseEntity<PersonView> person(@PathVariable UUID id,
                                      @Parameter(description = "why the record is consulted; kept in the audit log")
                                      @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        PersonRecord record = register.view(id, CurrentStaff.get(), purpose(purpose));
        return ResponseEntity.ok().eTag(Long.toString(record.person().version()))
                .body(PersonView.of(record, register.today()));
    }

    @Operation(summary = "Find people by document number (exact) or by name (partial, accent- and typo-tolerant)")
    @GetMapping("/people")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_READ + "')")
    PageView search(@RequestParam(required = false) String document, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String nationality,
                    @RequestParam(required = false) Integer birthYear,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                    @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        var staff = CurrentStaff.get();
        SearchPage result;
        if (document != null && !document.isBlank()) {
            result = register.searchByDocument(document, page, size, staff, purpose(purpose));
        } else if (name != null && !name.isBlank()) {
            result = register.searchByName(new NameQuery(name, RegisterRules.upper(nationality), birthYear, page, size),
                    staff, purpose(purpose));
        } else {
            throw new InvalidInput("name", "validation.search.documentOrName");
        }
        return new PageView(result.people().stream().map(SummaryView::of).toList(), result.page(),
                result.pageSize(), result.hasNext());
    }

    @Operation(summary = "Correct a person's data; old values are kept. Send the version you read.")
    @PatchMapping("/people/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    ResponseEntity<PersonView> correct(@PathVariable UUID id, @RequestBody CorrectionBody body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        Long version = body.version() != null ? body.version() : parseETag(ifMatch);
        if (version == null) {
            throw new InvalidInput("version", "validation.version");
        }
        var staff = CurrentStaff.get();
        register.correct(id, version, new PersonChanges(body.givenNames(), body.firstSurname(), body.secondSurname(),
                        body.sex(), body.birthDate(), body.nationality(), body.phone(), body.email(), body.ubigeo(),
                        body.addressLine()),
                body.reason(), staff, purpose(purpose));
        return person(id, purpose);
    }

    @Operation(summary = "Add a document to a registered person")
    @PostMapping("/people/{id}/documents")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    ResponseEntity<PersonView> addDocument(@PathVariable UUID id, @RequestBody DocumentBody body,
                                           @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        UUID documentId = register.addDocument(id, body.toDraft(), CurrentStaff.get(), purpose(purpose));
        ResponseEntity<PersonView> person = person(id, purpose);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + documentId)).body(person.getBody());
    }

    @Operation(summary = "Extend a document's validity to a later date, with the reason")
    @PostMapping("/documents/{id}/extension")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    ResponseEntity<PersonView> extend(@PathVariable UUID id, @RequestBody ExtensionBody body,
                                      @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        register.extendDocument(id, body.expiresOn(), body.reason(), body.version(), CurrentStaff.get(),
                purpose(purpose));
        return person(register.document(id).personId(), purpose);
    }

    @Operation(summary = "Revoke a document, with the reason")
    @PostMapping("/documents/{id}/revocation")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    ResponseEntity<PersonView> revoke(@PathVariable UUID id, @RequestBody RevocationBody body,
                                      @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        register.revokeDocument(id, body.reason(), body.version(), CurrentStaff.get(), purpose(purpose));
        return person(register.document(id).personId(), purpose);
    }

    @Operation(summary = "Record a migration status (calidad migratoria) with its legal basis")
    @PostMapping("/people/{id}/statuses")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    ResponseEntity<PersonView> recordStatus(@PathVariable UUID id, @RequestBody StatusBody body,
                                            @RequestHeader(name = "X-Purpose", required = false) String purpose) {
        register.recordStatus(id, new NewStatus(body.category(), body.validFrom(), body.validTo(), body.legalBasis()),
                CurrentStaff.get(), purpose(purpose));
        ResponseEntity<PersonView> person = person(id, purpose);
        return ResponseEntity.status(201).body(person.getBody());
    }

    private static String purpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return DEFAULT_PURPOSE;
        }
        String clean = purpose.strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    private static Long parseETag(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "validation.version");
        }
    }
}
