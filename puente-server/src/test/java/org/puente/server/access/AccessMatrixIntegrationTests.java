package org.puente.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.puente.server.register.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every API endpoint against every role: who may read, who may change, who sees nothing. */
@IntegrationTest
class AccessMatrixIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    String personId;
    String documentId;

    @BeforeEach
    void aRegisteredPerson() {
        var reply = Api.as(port, "registrar").post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()));
        personId = reply.json().get("id").asString();
        documentId = reply.json().get("documents").get(0).get("id").asString();
        if (accounts.byUsername("cepr-registrar").isEmpty()) {
            // A registrar whose agency has no register authority: the role alone is not enough.
            accounts.create("cepr-registrar", "CEPR registrar", passwords.encode(Api.DEMO_PASSWORD), Role.REGISTRAR, "CEPR");
        }
    }

    record Call(String name, String method, String path, String body) {
    }

    List<Call> calls() {
        return List.of(
                new Call("search", "GET", "/api/v1/people?name=maria", null),
                new Call("view", "GET", "/api/v1/people/" + personId, null),
                new Call("register", "POST", "/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())),
                new Call("correct", "PATCH", "/api/v1/people/" + personId, "{\"version\": 0, \"reason\": \"x\", \"phone\": \"+51 999 111 222\"}"),
                new Call("add document", "POST", "/api/v1/people/" + personId + "/documents",
                        "{\"type\": \"PASSPORT\", \"number\": \"P%s\", \"issuingCountry\": \"VEN\"}".formatted(TestPeople.uniqueNumber())),
                new Call("extend", "POST", "/api/v1/documents/" + documentId + "/extension",
                        "{\"expiresOn\": \"2031-01-01\", \"reason\": \"prórroga\"}"),
                new Call("status", "POST", "/api/v1/people/" + personId + "/statuses",
                        "{\"category\": \"HUMANITARIA\", \"validFrom\": \"2025-01-01\", \"legalBasis\": \"DL 1350 art. 29.2.k\"}"),
                new Call("revoke", "POST", "/api/v1/documents/" + documentId + "/revocation", "{\"reason\": \"prueba\"}"),
                new Call("audit", "GET", "/api/v1/audit?person=" + personId, null));
    }

    /** Which calls each user may make; every other call must answer 403. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "registrar", List.of("search", "view", "register", "correct", "add document", "extend", "status", "revoke"),
            "asylum-officer", List.of("search", "view"),
            "cepr-registrar", List.of("search", "view"),
            "complaints-officer", List.of(),
            "inspector", List.of(),
            "analyst", List.of(),
            "auditor", List.of("audit"),
            "admin", List.of());

    @Test
    void everyEndpointChecksRoleAndAgency() {
        for (var user : ALLOWED.entrySet()) {
            for (Call call : calls()) {
                var reply = Api.as(port, user.getKey()).send(call.method(), call.path(), call.body());
                boolean allowed = user.getValue().contains(call.name());
                if (allowed) {
                    assertThat(reply.status()).as(user.getKey() + " " + call.name() + ": " + reply.body()).isBetween(200, 299);
                } else {
                    assertThat(reply.status()).as(user.getKey() + " " + call.name()).isEqualTo(403);
                    assertThat(reply.body()).as("a refused call leaks nothing").doesNotContain("María");
                }
            }
        }
    }

    @Test
    void anonymousCallsGet401Everywhere() {
        for (Call call : calls()) {
            assertThat(Api.anonymous(port).send(call.method(), call.path(), call.body()).status())
                    .as(call.name()).isEqualTo(401);
        }
    }
}
