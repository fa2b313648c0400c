package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.linkage.LabelledPair;
import org.puente.linkage.Progress;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.puente.server.access.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The linkage engine in the register: the duplicate check at registration (API), the batch pass
 * that fills the review queue, and decisions fed back as labels. The register is seeded with a
 * few hundred generated people, a third of them registered twice, so the engine has something to
 * learn from.
 */
@IntegrationTest
class IntakeDuplicatesIntegrationTests {

    private static final Staff SYSTEM = Staff.system("intake-duplicates-test");

    @LocalServerPort
    int port;
    @Autowired
    Register register;
    @Autowired
    DuplicateReview review;
    @Autowired
    RegisterLinkage linkage;
    @Autowired
    JdbcClient jdbc;

    static List<TestPeople.Twice> seededTwice;

    @BeforeAll
    static void seeded(@Autowired Register register, @Autowired RegisterLinkage linkage) {
        seededTwice = TestPeople.aRegisterToLearnFrom(register);
        linkage.rebuild();
    }

    private static String registration(String given, String first, String second, String birthDate, String type,
                                       String number, String country) {
        return """
                {"givenNames": "%s", "firstSurname": "%s", %s "sex": "F", "birthDate": "%s", "nationality": "VEN",
                 "document": {"type": "%s", "number": "%s", "issuingCountry": "%s"}}
                """.formatted(given, first, second == null ? "" : "\"secondSurname\": \"" + second + "\",", birthDate,
                type, number, country);
    }

    @Test
    void registeringSomeoneAlreadyRegisteredShowsThemWithTheEvidenceAndQueuesThePair() throws InterruptedException {
        String surname = TestPeople.uniqueSurname("Ñaupari");
        UUID existing = register.register(new NewPerson("Ana Lucía", surname, "Colmenares", Sex.F,
                LocalDate.of(1991, 3, 14), "VEN", null, new NewDocument(DocumentType.CPP, TestPeople.uniqueNumber(),
                "PER", LocalDate.of(2023, 1, 10), LocalDate.of(2030, 1, 10), true), null), SYSTEM, "procedure");
        linkage.catchUp();

        var reply = Api.as(port, "registrar").post("/api/v1/people", registration("Ana Lucia",
                surname.replace("Ñ", "N"), null, "1991-03-14", "PASSPORT", "P" + TestPeople.uniqueNumber(), "VEN"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode check = reply.json().get("duplicateCheck");
        assertThat(check.get("checked").asBoolean()).isTrue();
        JsonNode found = null;
        for (JsonNode d : check.get("possibleDuplicates")) {
            if (d.get("person").get("id").asString().equals(existing.toString())) {
                found = d;
            }
        }
        assertThat(found).as("the registered person is proposed").isNotNull();
        assertThat(found.get("probability").asDouble()).isGreaterThan(0.9);
        assertThat(found.get("likelyMatch").asBoolean()).isTrue();
        List<String> fields = new ArrayList<>();
        found.get("evidence").get("fields").forEach(f -> fields.add(f.get("field").asString() + ": "
                + f.get("level").asString()));
        assertThat(fields).contains("birth date: exact", "surnames: one surname missing or married form");
        assertThat(reply.body()).as("the person's own data stays at the top level").contains("\"givenNames\":\"Ana Lucia\"");

        UUID newcomer = UUID.fromString(reply.json().get("id").asString());
        DuplicatePair pair = review.open(UUID.fromString(found.get("pairId").asString()), SYSTEM).pair();
        assertThat(pair.foundBy()).isEqualTo(DuplicatePair.AT_INTAKE);
        assertThat(pair.state()).isEqualTo(DuplicatePair.State.PENDING);
        assertThat(List.of(pair.personA(), pair.personB())).containsExactlyInAnyOrder(existing, newcomer);
        assertThat(auditedChecks(newcomer)).as("seeing the candidates is audited").isEqualTo(1);

        var again = Api.as(port, "registrar").get("/api/v1/people/" + newcomer + "/possible-duplicates");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains(existing.toString());
    }

    /** Search audits are written within 100 ms, batched; waits up to five seconds for them. */
    private long auditedChecks(UUID person) throws InterruptedException {
        long count = 0;
        for (int i = 0; i < 50 && count == 0; i++) {
            Thread.sleep(100);
            count = jdbc.sql("select count(*) from audit_entry where action = 'PERSON_SEARCHED' and person_id = ?"
                    + " and detail like 'intake duplicate check%'").params(person).query(Long.class).single();
        }
        return count;
    }

    @Test
    void registeringSomeoneNewFindsNobodyAndTheNextRegistrationFindsThem() {
        String surname = TestPeople.uniqueSurname("Xochipilli");
        String first = registration("Wendolyn", surname, "Achahui", "1979-03-11", "CPP", TestPeople.uniqueNumber(), "PER");
        var reply = Api.as(port, "registrar").post("/api/v1/people", first);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("duplicateCheck").get("possibleDuplicates").size()).isZero();

        // Day and month swapped, a passport: the first registration is in the index already.
        var second = Api.as(port, "registrar").post("/api/v1/people", registration("Wendolyn", surname, "Achahui",
                "1979-11-03", "PASSPORT", "P" + TestPeople.uniqueNumber(), "VEN"));
        assertThat(second.json().get("duplicateCheck").get("possibleDuplicates").toString())
                .contains(reply.json().get("id").asString());
    }

    @Test
    void onlyRegistrarsSeeAPersonsPossibleDuplicates() {
        UUID someone = seededTwice.getFirst().first();
        assertThat(Api.as(port, "asylum-officer").get("/api/v1/people/" + someone + "/possible-duplicates").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "analyst").get("/api/v1/people/" + someone + "/possible-duplicates").status())
                .isEqualTo(403);
    }

    @Test
    void theBatchPassQueuesPeopleRegisteredTwiceOnceAndNeverADecidedPairAgain() {
        DuplicateReview.BatchOutcome first = review.proposeFromRegister(Progress.none());
        assertThat(first.people()).as("the seed, less any merged by another test").isGreaterThanOrEqualTo(300);

        long found = seededTwice.stream().filter(t -> jdbc.sql("""
                select count(*) from duplicate_pair where (person_a = ? and person_b = ?) or (person_a = ? and person_b = ?)
                """).params(t.first(), t.second(), t.second(), t.first()).query(Long.class).single() == 1).count();
        assertThat(found).as("people registered twice found by the batch pass").isGreaterThanOrEqualTo(
                seededTwice.size() * 9L / 10);

        TestPeople.Twice decided = seededTwice.get(1);
        UUID pairId = jdbc.sql("select id from duplicate_pair where (person_a = ? and person_b = ?) or (person_a = ? and person_b = ?)")
                .params(decided.first(), decided.second(), decided.second(), decided.first()).query(UUID.class).single();
        DuplicatePair pair = review.open(pairId, SYSTEM).pair();
        review.decide(pairId, pair.version(), false, null, 0, 0, "Hermanas, no la misma persona", SYSTEM);

        DuplicateReview.BatchOutcome second = review.proposeFromRegister(Progress.none());
        assertThat(second.pairsProposed()).as("nothing new: every pair is pending or decided").isZero();
        assertThat(review.open(pairId, SYSTEM).pair().state()).isEqualTo(DuplicatePair.State.DIFFERENT);
    }

    @Test
    void aMergeTeachesTheEngineWithEachRecordAsItWasBeforeTheMerge() {
        TestPeople.Twice twice = seededTwice.get(2);
        review.propose(twice.first(), twice.second(), 12.0, new DuplicatePair.Evidence(List.of(), 12.0, 0.999),
                DuplicatePair.BY_BATCH);
        UUID pairId = jdbc.sql("select id from duplicate_pair where (person_a = ? and person_b = ?) or (person_a = ? and person_b = ?)")
                .params(twice.first(), twice.second(), twice.second(), twice.first()).query(UUID.class).single();
        DuplicatePair pair = review.open(pairId, SYSTEM).pair();
        long versionA = register.view(pair.personA(), SYSTEM, "procedure").person().version();
        long versionB = register.view(pair.personB(), SYSTEM, "procedure").person().version();
        review.decide(pairId, pair.version(), true, twice.first(), versionA, versionB, "Mismo nacimiento y nombre",
                SYSTEM);

        LabelledPair label = linkage.labels().stream()
                .filter(l -> l.left().id().equals(twice.first().toString()) || l.right().id().equals(twice.first().toString()))
                .findFirst().orElseThrow();
        assertThat(label.samePerson()).isTrue();
        var survivor = label.left().id().equals(twice.first().toString()) ? label.left() : label.right();
        var merged = survivor == label.left() ? label.right() : label.left();
        assertThat(survivor.documents()).extracting(org.puente.linkage.PersonRecord.Document::type).containsExactly("CPP");
        assertThat(merged.documents()).extracting(org.puente.linkage.PersonRecord.Document::type)
                .containsExactly("PASSPORT");
    }
}
