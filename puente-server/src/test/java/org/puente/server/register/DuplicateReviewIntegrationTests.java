package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.puente.server.access.Staff;
import org.puente.server.audit.AuditAction;
import org.puente.server.common.Conflict;
import org.puente.server.common.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DuplicateReviewIntegrationTests {

    private static final Staff REGISTRAR = Staff.system("duplicates-test");
    private static final DuplicatePair.Evidence EVIDENCE = new DuplicatePair.Evidence(List.of(
            new DuplicatePair.Evidence.Field("surnames", "phonetic", 7.5),
            new DuplicatePair.Evidence.Field("birth_date", "exact", 9.1)), 16.6, 0.9999);

    @LocalServerPort
    int port;
    @Autowired
    Register register;
    @Autowired
    DuplicateReview review;
    @Autowired
    JdbcClient jdbc;

    private UUID aVenezuelanWith(DocumentType type, String number, String issuer) {
        return register.register(new NewPerson("José Luis", TestPeople.uniqueSurname("Ñaupari"), null, Sex.M,
                LocalDate.of(1990, 7, 21), "VEN", null,
                new NewDocument(type, number, issuer, LocalDate.of(2023, 1, 10), LocalDate.of(2030, 1, 10), true),
                null), REGISTRAR, "procedure");
    }

    private long version(UUID person) {
        return register.view(person, REGISTRAR, "procedure").person().version();
    }

    private long audits(AuditAction action, UUID person) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and person_id = ?")
                .params(action.name(), person).query(Long.class).single();
    }

    @Test
    void mergingGivesTheSurvivorEveryDocumentAndStatusAndUnmergingRestoresBoth() {
        String cpp = TestPeople.uniqueNumber();
        String passport = "P" + TestPeople.uniqueNumber();
        UUID kept = aVenezuelanWith(DocumentType.CPP, cpp, "PER");
        UUID other = aVenezuelanWith(DocumentType.PASSPORT, passport, "VEN");
        register.recordStatus(other, new NewStatus(CalidadMigratoria.ESPECIAL_RESIDENTE, LocalDate.of(2024, 2, 1),
                LocalDate.of(2025, 2, 1), "DS 003-2023-IN"), REGISTRAR, "procedure");
        assertThat(review.propose(kept, other, 16.6, EVIDENCE, DuplicatePair.AT_INTAKE)).isTrue();
        assertThat(review.propose(other, kept, 16.6, EVIDENCE, DuplicatePair.BY_BATCH)).as("known pair").isFalse();
        DuplicatePair pair = review.queue(0, 100, REGISTRAR).items().stream().map(DuplicateReview.QueueItem::pair)
                .filter(p -> p.personA().equals(kept) || p.personB().equals(kept)).findFirst().orElseThrow();
        long aVersion = version(pair.personA());
        long bVersion = version(pair.personB());

        review.decide(pair.id(), pair.version(), true, kept, aVersion, bVersion, "Mismo pasaporte y nacimiento",
                REGISTRAR);

        PersonRecord survivor = register.view(kept, REGISTRAR, "procedure");
        PersonRecord pointer = register.view(other, REGISTRAR, "procedure");
        assertThat(survivor.documents()).extracting(IdentityDocument::number).containsExactlyInAnyOrder(cpp, passport);
        assertThat(survivor.statuses()).hasSize(1);
        assertThat(survivor.mergedInto()).isNull();
        assertThat(pointer.mergedInto()).isEqualTo(kept);
        assertThat(pointer.documents()).isEmpty();
        assertThat(pointer.person().givenNames()).as("the pointer keeps its own data").isEqualTo("José Luis");
        assertThat(register.searchByDocument(passport, 0, 10, REGISTRAR, "procedure").people())
                .extracting(PersonSummary::id).containsExactly(kept);
        assertThat(audits(AuditAction.PERSON_MERGED, kept)).isEqualTo(1);
        assertThat(audits(AuditAction.PERSON_MERGED, other)).isEqualTo(1);
        assertThat(review.queue(0, 100, REGISTRAR).items()).noneMatch(i -> i.pair().id().equals(pair.id()));

        UUID mergeId = survivor.merges().getFirst().id();
        review.unmerge(mergeId, "Eran hermanos gemelos", REGISTRAR);

        PersonRecord keptAgain = register.view(kept, REGISTRAR, "procedure");
        PersonRecord otherAgain = register.view(other, REGISTRAR, "procedure");
        assertThat(keptAgain.documents()).extracting(IdentityDocument::number).containsExactly(cpp);
        assertThat(otherAgain.documents()).extracting(IdentityDocument::number).containsExactly(passport);
        assertThat(otherAgain.statuses()).hasSize(1);
        assertThat(keptAgain.statuses()).isEmpty();
        assertThat(otherAgain.mergedInto()).isNull();
        assertThat(otherAgain.merges().getFirst().undone()).isTrue();
        assertThat(audits(AuditAction.PERSON_UNMERGED, other)).isEqualTo(1);
        assertThat(review.propose(kept, other, 16.6, EVIDENCE, DuplicatePair.BY_BATCH))
                .as("an undone merge is remembered as different people").isFalse();
        assertThat(review.decided()).anyMatch(p -> p.id().equals(pair.id()) && p.state() == DuplicatePair.State.DIFFERENT);
        assertThatThrownBy(() -> review.unmerge(mergeId, "otra vez", REGISTRAR)).isInstanceOf(Conflict.class);
    }

    @Test
    void differentPeopleAreRememberedAndNeverProposedAgain() {
        UUID one = aVenezuelanWith(DocumentType.CPP, TestPeople.uniqueNumber(), "PER");
        UUID two = aVenezuelanWith(DocumentType.CPP, TestPeople.uniqueNumber(), "PER");
        review.propose(one, two, 9.0, EVIDENCE, DuplicatePair.BY_BATCH);
        DuplicatePair pair = review.queue(0, 100, REGISTRAR).items().stream().map(DuplicateReview.QueueItem::pair)
                .filter(p -> p.personA().equals(one) || p.personB().equals(one)).findFirst().orElseThrow();

        review.decide(pair.id(), pair.version(), false, null, 0, 0, "Distinto segundo nombre y distinta madre",
                REGISTRAR);

        assertThat(review.propose(two, one, 20.0, EVIDENCE, DuplicatePair.BY_BATCH)).isFalse();
        assertThat(register.view(one, REGISTRAR, "procedure").documents()).hasSize(1);
        assertThat(register.view(two, REGISTRAR, "procedure").documents()).hasSize(1);
        assertThat(audits(AuditAction.DUPLICATE_DECIDED, one)).isEqualTo(1);
    }

    @Test
    void refusesAMergeWhenARecordChangedSinceTheRegistrarLookedOrNoReasonIsGiven() {
        UUID one = aVenezuelanWith(DocumentType.CPP, TestPeople.uniqueNumber(), "PER");
        UUID two = aVenezuelanWith(DocumentType.CPP, TestPeople.uniqueNumber(), "PER");
        long stale = version(two) - 1;

        assertThatThrownBy(() -> register.merge(one, version(one), two, stale, "motivo", REGISTRAR, "procedure"))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> register.merge(one, version(one), two, version(two), " ", REGISTRAR, "procedure"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> register.merge(one, version(one), one, version(one), "motivo", REGISTRAR, "procedure"))
                .isInstanceOf(InvalidInput.class);
        assertThat(register.view(two, REGISTRAR, "procedure").mergedInto()).isNull();
    }

    @Test
    void onlyStaffWhoMayChangeTheRegisterSeeTheQueue() {
        assertThat(WebSession.signedIn(port, "registrar").get("/duplicates").statusCode()).isEqualTo(200);
        assertThat(WebSession.signedIn(port, "analyst").get("/duplicates").statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "auditor").get("/duplicates").statusCode()).isEqualTo(403);
        assertThat(WebSession.anonymous(port).get("/duplicates").statusCode()).isIn(302, 401);
    }
}
