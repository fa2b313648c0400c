package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The verification API with the demo relying parties' keys against the fixed demo documents. */
@DemoRegister
class VerificationApiIntegrationTests {

    static final String PATH = "/api/v1/verifications";

    @LocalServerPort
    int port;

    @Autowired
    RelyingParties parties;

    @Autowired
    RateLimits limits;

    @Autowired
    KeyCache keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerificationJournal journal;

    @BeforeEach
    void freshBuckets() {
        limits.reset();
    }

    Api as(String key) {
        return Api.anonymous(port).header("Authorization", "Bearer " + key);
    }

    static final Map<String, String> KEYS = Map.of(
            "EMPLOYMENT", "demo-employer-key", "BANKING", "demo-bank-key", "HEALTH", "demo-clinic-key",
            "EDUCATION", "demo-school-key", "PUBLIC_SERVICE", "demo-public-office-key");

    static final Map<String, List<String>> RIGHTS = Map.of(
            "EMPLOYMENT", List.of("WORK_EMPLOYEE", "WORK_SELF_EMPLOYED"), "BANKING", List.of("BANK_ACCOUNT"),
            "HEALTH", List.of("HEALTH_SIS"), "EDUCATION", List.of("EDUCATION"),
            "PUBLIC_SERVICE", List.of("PUBLIC_PROCEDURES"));

    record Fixture(String request, String outcome, String initials) {
    }

    static final List<Fixture> FIXTURES = List.of(
            new Fixture(DemoDocuments.ACTIVE_CPP, "VALID", "M. G."),
            new Fixture(DemoDocuments.ACTIVE_CE, "VALID", "C. R."),
            new Fixture(DemoDocuments.EXPIRED_CPP, "EXPIRED", "L. M."),
            new Fixture(DemoDocuments.REVOKED_CE, "REVOKED", "A. F."),
            new Fixture(DemoDocuments.ASYLUM_SEEKER_CARD, "VALID", "J. H."),
            new Fixture(DemoDocuments.EXPIRED_PTP, "EXPIRED", "Y. P."));

    @Test
    void everyDemoDocumentGetsItsOutcomeAndOnlyThePurposesRightsForEveryPurpose() {
        for (var purpose : KEYS.entrySet()) {
            for (Fixture fixture : FIXTURES) {
                var reply = as(purpose.getValue()).post(PATH, fixture.request());
                String what = purpose.getKey() + " " + fixture.request();
                assertThat(reply.status()).as(what + reply.body()).isEqualTo(200);
                JsonNode answer = reply.json();
                assertThat(fieldNames(answer)).as(what)
                        .containsExactly("reference", "outcome", "validUntil", "asOf", "holder", "rights");
                assertThat(answer.get("outcome").asString()).as(what).isEqualTo(fixture.outcome());
                assertThat(answer.get("holder").get("initials").asString()).as(what).isEqualTo(fixture.initials());
                assertThat(References.isValid(answer.get("reference").asString())).isTrue();
                List<String> rights = new ArrayList<>();
                for (JsonNode right : answer.get("rights")) {
                    rights.add(right.get("right").asString());
                    assertThat(right.get("basis").asString()).as(what).isNotBlank();
                    assertThat(right.get("explanation").asString()).as(what).isNotBlank();
                    if (!fixture.outcome().equals("VALID")) {
                        assertThat(right.get("allowed").asBoolean()).as(what + " gives no right").isFalse();
                    }
                }
                assertThat(rights).as(what).containsExactlyElementsOf(RIGHTS.get(purpose.getKey()));
                if (fixture.outcome().equals("REVOKED")) {
                    assertThat(answer.get("validUntil").isNull()).isTrue();
                } else {
                    assertThat(LocalDate.parse(answer.get("validUntil").asString())).isNotNull();
                }
                // Least disclosure: no name, nationality, address or asylum information. The reference
                // is random letters and digits, so it may spell "VEN" or "COL": leave it out of the check.
                String disclosed = reply.body().replace(answer.get("reference").asString(), "");
                assertThat(disclosed).as(what).doesNotContain("González", "Gonzalez", "María", "VEN", "COL",
                        "nationality", "address", "asylum", "SOLICITANTE", "history");
            }
        }
    }

    @Test
    void anEmployerLearnsTheDemoCppHolderMayWorkUntilItsExpiry() {
        JsonNode answer = as("demo-employer-key").post(PATH, DemoDocuments.ACTIVE_CPP).json();

        assertThat(answer.get("outcome").asString()).isEqualTo("VALID");
        assertThat(LocalDate.parse(answer.get("validUntil").asString())).isAfter(LocalDate.now());
        JsonNode work = answer.get("rights").get(0);
        assertThat(work.get("right").asString()).isEqualTo("WORK_EMPLOYEE");
        assertThat(work.get("allowed").asBoolean()).isTrue();
        assertThat(work.get("status").asString()).isEqualTo("ALLOWED");
    }

    @Test
    void anUnknownNumberAndAWrongBirthDateGiveTheSameNoMatchAnswer() {
        var unknown = as("demo-employer-key").post(PATH, DemoDocuments.request("CPP", "100999999", "1992-03-14"));
        var wrongBirthDate = as("demo-employer-key").post(PATH, DemoDocuments.request("CPP", "100000001", "1992-03-15"));

        for (var reply : List.of(unknown, wrongBirthDate)) {
            assertThat(reply.status()).isEqualTo(200);
            JsonNode answer = reply.json();
            assertThat(fieldNames(answer)).containsExactly("reference", "outcome", "validUntil", "asOf", "holder", "rights");
            assertThat(answer.get("outcome").asString()).isEqualTo("NO_MATCH");
            assertThat(answer.get("validUntil").isNull()).isTrue();
            assertThat(answer.get("holder").isNull()).isTrue();
            assertThat(answer.get("rights").size()).isZero();
        }
        assertThat(masked(unknown.body())).isEqualTo(masked(wrongBirthDate.body()));
        assertThat(unknown.body().length()).isEqualTo(wrongBirthDate.body().length());

        // Only the record tells them apart: the attempt on a real number is in its holder's history.
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> journal.unstored() == 0);
        assertThat(recordedDocument(unknown.json().get("reference").asString())).isNull();
        assertThat(recordedDocument(wrongBirthDate.json().get("reference").asString())).isNotNull();
    }

    private Object recordedDocument(String reference) {
        return jdbc.sql("select document_id from verification_record where reference = :ref").param("ref", reference)
                .query().singleRow().get("document_id");
    }

    @Test
    void everyVerificationIsRecordedWithItsRelyingPartyDocumentAndOutcome() {
        String reference = as("demo-bank-key").post(PATH, DemoDocuments.REVOKED_CE).json().get("reference").asString();
        // Synced to the journal before the answer; in the table a moment later.
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> journal.unstored() == 0);

        var row = jdbc.sql("""
                select r.channel, r.purpose, r.document_type, r.outcome, r.document_id, p.name
                from verification_record r join relying_party p on p.id = r.relying_party_id where r.reference = :ref
                """).param("ref", reference).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("API");
        assertThat(row.get("purpose")).isEqualTo("BANKING");
        assertThat(row.get("document_type")).isEqualTo("CE");
        assertThat(row.get("outcome")).isEqualTo("REVOKED");
        assertThat(row.get("document_id")).isNotNull();
        assertThat(row.get("name")).isEqualTo("Banco Demo S.A.");
    }

    @Test
    void theRecordsFormAnUnbrokenHashChain() {
        // Fewer than the demo party's 50 a second, so none is refused when the server answers fast.
        for (int i = 0; i < 45; i++) {
            var reply = as("demo-employer-key").post(PATH, i % 3 == 0 ? DemoDocuments.ACTIVE_CPP : DemoDocuments.REVOKED_CE);
            assertThat(reply.status()).isEqualTo(200);
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> journal.unstored() == 0);

        record Row(long seq, VerificationRecord record, String prevHash, String hash) {
        }
        List<Row> rows = jdbc.sql("select * from verification_record order by seq").query((rs, n) -> new Row(
                rs.getLong("seq"), new VerificationRecord(rs.getString("reference"), rs.getTimestamp("at").toInstant(),
                        Channel.valueOf(rs.getString("channel")), rs.getObject("relying_party_id", UUID.class),
                        rs.getString("purpose") == null ? null : Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("document_type"), rs.getObject("document_id", UUID.class),
                        Outcome.valueOf(rs.getString("outcome"))),
                rs.getString("prev_hash"), rs.getString("hash"))).list();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(45);
        String prev = "0".repeat(64);
        long seq = 0;
        for (Row row : rows) {
            assertThat(row.seq()).isEqualTo(++seq);
            assertThat(row.prevHash()).isEqualTo(prev);
            prev = VerificationStore.hash(seq, row.record(), prev);
            assertThat(row.hash()).as("hash of record %d", seq).isEqualTo(prev);
        }
    }

    @Test
    void aMissingUnknownOrStaffCredentialGets401ProblemJson() {
        var missing = Api.anonymous(port).post(PATH, DemoDocuments.ACTIVE_CPP);
        var unknown = as("not-a-key").post(PATH, DemoDocuments.ACTIVE_CPP);
        var staff = Api.as(port, "registrar").post(PATH, DemoDocuments.ACTIVE_CPP);

        for (var reply : List.of(missing, unknown, staff)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(reply.json().get("title").asString()).isEqualTo("Clave de API requerida");
        }
        assertThat(Api.as(port, "registrar").header("Accept-Language", "en").post(PATH, "{}").json()
                .get("title").asString()).isEqualTo("API key required");
    }

    @Test
    void aKeyWorksUntilItIsRevokedOrExpires() {
        UUID party = aRelyingParty(100);
        String key = ApiKeys.newKey();
        UUID keyId = parties.addKey(party, key, LocalDate.now().plusDays(30), "admin");
        assertThat(as(key).post(PATH, DemoDocuments.ACTIVE_CPP).status()).isEqualTo(200);

        parties.revokeKey(party, keyId);
        keys.forgetAll();
        assertThat(as(key).post(PATH, DemoDocuments.ACTIVE_CPP).status()).isEqualTo(401);

        String expired = ApiKeys.newKey();
        parties.addKey(party, expired, LocalDate.now().minusDays(1), "admin");
        assertThat(as(expired).post(PATH, DemoDocuments.ACTIVE_CPP).status()).isEqualTo(401);
        assertThat(key).startsWith("pk_").hasSizeGreaterThanOrEqualTo(46);
        assertThat(jdbc.sql("select count(*) from relying_party_key where key_hash = :k").param("k", key)
                .query(Long.class).single()).as("the key itself is never stored").isZero();
    }

    @Test
    void aMalformedRequestGets400WithOneEntryPerWrongField() {
        var reply = as("demo-employer-key").post(PATH, """
                {"documentType": "CPP", "documentNumber": "", "birthDate": null}""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("documentNumber", "birthDate");

        assertThat(as("demo-employer-key").post(PATH, DemoDocuments.request("CARD", "1", "1990-01-01")).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("documentType");
        assertThat(as("demo-employer-key").post(PATH, DemoDocuments.request("CPP", "1", "14/03/1992")).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
        assertThat(as("demo-employer-key").post(PATH, "not json").status()).isEqualTo(400);
        assertThat(as("demo-employer-key").post(PATH, "").status()).isEqualTo(400);
        assertThat(as("demo-employer-key").post(PATH, """
                {"documentType": "CPP", "documentNumber": "1", "birthDate": "1990-01-01", "name": "x"}""").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("name");
        List<String> missing = new ArrayList<>();
        as("demo-employer-key").post(PATH, "null").json().get("errors")
                .forEach(e -> missing.add(e.get("field").asString()));
        assertThat(missing).containsExactlyInAnyOrder("documentType", "documentNumber", "birthDate");
    }

    @Test
    void anOversizedBodyGets413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String padded = """
                {"documentType": "CPP", "documentNumber": "100000001", "birthDate": "1992-03-14", "pad": "%s"}"""
                .formatted("x".repeat(100_000));
        var declared = as("demo-employer-key").post(PATH, padded);
        assertThat(declared.status()).isEqualTo(413);

        // Streamed in chunks, with no length up front: the limit stops the read part-way.
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + PATH))
                .header("Authorization", "Bearer demo-employer-key").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        padded.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
        var streamed = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aRelyingPartyOverItsRateGets429WithRetryAfter() {
        UUID party = aRelyingParty(3);
        String key = ApiKeys.newKey();
        parties.addKey(party, key, LocalDate.now().plusDays(30), "admin");
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 10; i++) {
            var reply = as(key).post(PATH, DemoDocuments.ACTIVE_CPP);
            statuses.add(reply.status());
            if (reply.status() == 429) {
                retryAfter = reply.header("Retry-After");
                assertThat(reply.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(statuses).contains(200, 429);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
    }

    @Test
    void aBurstOfNoMatchAnswersIsSlowedDownAndFlaggedForAdministrators() {
        UUID party = aRelyingParty(1000);
        String key = ApiKeys.newKey();
        parties.addKey(party, key, LocalDate.now().plusDays(30), "admin");
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            var reply = as(key).post(PATH, DemoDocuments.request("CPP", String.valueOf(100_500_000 + i), "1990-01-01"));
            if (reply.status() == 200) {
                answered++;
            } else if (reply.status() == 429) {
                refused++;
            }
        }
        assertThat(answered).isLessThanOrEqualTo(31);
        assertThat(refused).isGreaterThanOrEqualTo(9);
        assertThat(parties.find(party).orElseThrow().flagged()).isTrue();
        // Even a genuine question waits until the misses refill.
        assertThat(as(key).post(PATH, DemoDocuments.ACTIVE_CPP).status()).isEqualTo(429);
    }

    @Test
    void theCallerEndpointNamesTheKeysPartyAndPurpose() {
        JsonNode caller = as("demo-employer-key").get(PATH + "/caller").json();
        assertThat(caller.get("purpose").asString()).isEqualTo("EMPLOYMENT");
        assertThat(caller.get("relyingParty").asString()).isEqualTo("Constructora Demo S.A.C.");
    }

    private UUID aRelyingParty(int ratePerSecond) {
        String ruc = Ruc.complete("20" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)));
        return parties.create("Empresa de prueba", new Ruc(ruc), "Comercio", Purpose.EMPLOYMENT, ratePerSecond);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /** The body with its reference and time blanked: what is left must not depend on why there was no match. */
    private static String masked(String body) {
        return body.replaceAll("\"reference\":\"[^\"]+\"", "\"reference\":\"R\"")
                .replaceAll("\"asOf\":\"[^\"]+\"", "\"asOf\":\"T\"");
    }

    static final Set<String> OUTCOMES = Set.of("VALID", "EXPIRED", "REVOKED", "NO_MATCH");
}
