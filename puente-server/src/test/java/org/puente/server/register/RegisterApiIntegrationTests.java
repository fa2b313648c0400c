package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RegisterApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api registrar() {
        return Api.as(port, "registrar");
    }

    String registered(String number) {
        var reply = registrar().post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(number));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstPersonAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String body = TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber());

        var first = registrar().header("Idempotency-Key", key).post("/api/v1/people", body);
        long after = people();
        var retry = registrar().header("Idempotency-Key", key).post("/api/v1/people", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(people()).isEqualTo(after);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentRequestIsAConflict() {
        String key = UUID.randomUUID().toString();
        registrar().header("Idempotency-Key", key).post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));

        var other = registrar().header("Idempotency-Key", key).post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));

        assertThat(other.status()).isEqualTo(409);
    }

    @Test
    void theSameDocumentCannotBelongToTwoPeople() {
        String number = TestPeople.uniqueNumber();
        registered(number);

        var second = registrar().post("/api/v1/people", TestPeople.aColombianWithCe("Pedro", "Suárez", "000000000")
                .replace("\"CE\", \"number\": \"000000000\"", "\"CPP\", \"number\": \"" + number + "\""));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("document.number");
    }

    @Test
    void badInputGetsA4xxProblemAndWritesNothing() {
        long before = people();
        String good = TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber());
        String[][] cases = {
                {"{\"givenNames\": ", "malformed JSON"},
                {good.replace("\"sex\": \"F\"", "\"sex\": \"Q\""), "unknown enum"},
                {good.replace("1992-03-14", "1992-02-30"), "impossible date"},
                {good.replace("\"givenNames\"", "\"givenName\""), "unknown field"},
                {good.replace("\"F\"", "42").replace("\"sex\": 42", "\"sex\": [1]"), "wrong type"},
                {good.replace("\"number\": \"", "\"number\": \"ABC"), "bad document number"},
                {good.replace("\"VEN\"", "\"XXX\""), "unknown country"},
                {good.replace("María José", "x".repeat(200_000)), "oversized payload"},
                {"", "empty body"},
                {"[]", "array instead of object"}};
        for (String[] c : cases) {
            var reply = registrar().post("/api/v1/people", c[0]);
            assertThat(reply.status()).as(c[1] + ": " + reply.body()).isBetween(400, 499);
            assertThat(reply.contentType()).as(c[1]).startsWith("application/problem+json");
        }
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAcceptedValues() {
        String body = TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()).replace("\"CPP\"", "\"CARNET\"");

        var reply = registrar().header("Accept-Language", "en").post("/api/v1/people", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("errors");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("document.type");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("CPP", "PASSPORT");
    }

    @Test
    void twoRegistrarsCorrectingTheSamePersonCannotSilentlyOverwriteEachOther() {
        String id = registered(TestPeople.uniqueNumber());
        long version = registrar().get("/api/v1/people/" + id).json().get("version").asLong();

        var first = registrar().patch("/api/v1/people/" + id,
                "{\"version\": %d, \"reason\": \"Error de tipeo\", \"firstSurname\": \"Gonzáles\"}".formatted(version));
        var second = registrar().patch("/api/v1/people/" + id,
                "{\"version\": %d, \"reason\": \"Otro cambio\", \"phone\": \"+51 999 888 777\"}".formatted(version));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        var person = registrar().get("/api/v1/people/" + id).json();
        assertThat(person.get("firstSurname").asString()).isEqualTo("Gonzáles");
        assertThat(person.get("contact").get("phone").isNull()).isTrue();
        assertThat(person.get("corrections").get(0).get("oldValue").asString()).isEqualTo("González");
    }

    @Test
    void anExtendedThenRevokedDocumentKeepsItsWholeHistory() {
        String id = registered(TestPeople.uniqueNumber());
        String documentId = registrar().get("/api/v1/people/" + id).json().get("documents").get(0).get("id").asString();

        var extended = registrar().post("/api/v1/documents/" + documentId + "/extension",
                "{\"expiresOn\": \"2030-02-21\", \"reason\": \"Prórroga excepcional de 30 días hábiles (DS 003-2023-IN)\"}");
        var revoked = registrar().post("/api/v1/documents/" + documentId + "/revocation",
                "{\"reason\": \"Documento obtenido con datos falsos\"}");
        var again = registrar().post("/api/v1/documents/" + documentId + "/extension",
                "{\"expiresOn\": \"2031-01-01\", \"reason\": \"Otra prórroga\"}");

        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        var document = revoked.json().get("documents").get(0);
        assertThat(document.get("status").asString()).isEqualTo("REVOKED");
        assertThat(document.get("statusReason").asString()).isEqualTo("Documento obtenido con datos falsos");
        assertThat(document.get("expiresOn").asString()).isEqualTo("2030-02-21");
        assertThat(document.get("history")).extracting(e -> e.get("kind").asString())
                .containsExactly("REVOKED", "EXTENDED", "ISSUED");
    }

    @Test
    void aRevocationWithoutReasonIsRefused() {
        String id = registered(TestPeople.uniqueNumber());
        String documentId = registrar().get("/api/v1/people/" + id).json().get("documents").get(0).get("id").asString();

        var reply = registrar().post("/api/v1/documents/" + documentId + "/revocation", "{\"reason\": \"  \"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void aNewCardOfTheSameTypeReplacesTheOldOneAndStatusesAreRecorded() {
        String id = registered(TestPeople.uniqueNumber());

        var added = registrar().post("/api/v1/people/" + id + "/documents",
                "{\"type\": \"CPP\", \"number\": \"%s\", \"issuingCountry\": \"PER\", \"issuedOn\": \"2025-01-10\", \"expiresOn\": \"2031-01-10\"}"
                        .formatted(TestPeople.uniqueNumber()));
        var status = registrar().post("/api/v1/people/" + id + "/statuses",
                "{\"category\": \"ESPECIAL_RESIDENTE\", \"validFrom\": \"2025-02-01\", \"validTo\": \"2026-02-01\", \"legalBasis\": \"DS 003-2023-IN\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("documents")).extracting(d -> d.get("status").asString())
                .containsExactlyInAnyOrder("ACTIVE", "REPLACED");
        assertThat(status.status()).as(status.body()).isEqualTo(201);
        assertThat(status.json().get("statuses").get(0).get("category").asString()).isEqualTo("ESPECIAL_RESIDENTE");
    }

    @Test
    void nameSearchIgnoresAccentsCaseParticlesAndOneTypoAndPages() {
        String surname = TestPeople.uniqueSurname("Ñaupari");
        for (int i = 0; i < 3; i++) {
            registrar().post("/api/v1/people", TestPeople.aColombianWithCe("José de la Cruz", surname,
                    TestPeople.uniqueNumber()));
        }
        String folded = Names.fold(surname);
        String typo = folded.substring(0, 3) + folded.charAt(4) + folded.charAt(3) + folded.substring(5);

        var exact = registrar().get("/api/v1/people?name=JOSE%20CRUZ%20" + folded + "&size=2");
        var withTypo = registrar().get("/api/v1/people?name=" + typo + "&nationality=COL&birthYear=1985");
        var prefix = registrar().get("/api/v1/people?name=jos%20" + folded.substring(0, folded.length() - 2));
        var nextPage = registrar().get("/api/v1/people?name=" + folded + "&size=2&page=1");
        var otherYear = registrar().get("/api/v1/people?name=" + folded + "&birthYear=1990");

        assertThat(exact.json().get("people")).hasSize(2);
        assertThat(exact.json().get("hasNext").asBoolean()).isTrue();
        assertThat(withTypo.json().get("people")).hasSize(3);
        assertThat(prefix.json().get("people")).hasSize(3);
        assertThat(nextPage.json().get("people")).hasSize(1);
        assertThat(otherYear.json().get("people")).isEmpty();
    }
}
