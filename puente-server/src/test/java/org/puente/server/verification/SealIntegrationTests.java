package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.WebSession;
import org.puente.server.register.TestPeople;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Seals printed by registrars, checked by anyone at /v/…, with the current status and the public key. */
@DemoRegister
class SealIntegrationTests {

    private static final Pattern LINK = Pattern.compile("data-link=\"[^\"]*(/v/[A-Za-z0-9_.-]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aSealOfAValidDocumentShowsValidAndOnceTheDocumentIsRevokedShowsRevoked() {
        Api registrar = Api.as(port, "registrar");
        JsonNode person = registrar.post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).json();
        String documentId = person.get("documents").get(0).get("id").asString();
        String sealPath = seal(documentId);

        WebSession anyone = WebSession.anonymous(port);
        assertThat(anyone.get(sealPath).body()).contains("id=\"seal-genuine\"", "data-outcome=\"VALID\"", "M. G.");

        assertThat(registrar.post("/api/v1/documents/" + documentId + "/revocation", "{\"reason\": \"robado\"}")
                .status()).isEqualTo(200);
        assertThat(anyone.get(sealPath).body()).contains("id=\"seal-genuine\"", "data-outcome=\"REVOKED\"");
    }

    @Test
    void aSealWithAChangedCharacterIsShownAsNotValid() {
        Api registrar = Api.as(port, "registrar");
        String documentId = registrar.post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).json().get("documents").get(0).get("id").asString();
        String sealPath = seal(documentId);
        int at = sealPath.indexOf('.') - 5;
        char c = sealPath.charAt(at);
        String tampered = sealPath.substring(0, at) + (c == 'A' ? 'B' : 'A') + sealPath.substring(at + 1);

        String page = WebSession.anonymous(port).get(tampered).body();
        assertThat(page).contains("id=\"seal-invalid\"").doesNotContain("data-outcome");
    }

    @Test
    void onlyRegistrarsOfTheMigrationAuthorityPrintSeals() {
        String documentId = Api.as(port, "registrar").post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).json().get("documents").get(0).get("id").asString();
        for (String user : new String[] {"asylum-officer", "auditor", "admin", "analyst"}) {
            assertThat(WebSession.signedIn(port, user).get("/documents/" + documentId + "/seal").statusCode())
                    .as(user).isEqualTo(403);
        }
    }

    @Test
    void thePublicKeyIsPublishedAtAWellKnownAddress() {
        JsonNode keys = Api.anonymous(port).get("/.well-known/puente-seal-keys.json").json().get("keys");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).get("kty").asString()).isEqualTo("EC");
        assertThat(keys.get(0).get("crv").asString()).isEqualTo("P-256");
        assertThat(keys.get(0).get("x").asString()).hasSize(43);
    }

    private String seal(String documentId) {
        String page = WebSession.signedIn(port, "registrar").get("/documents/" + documentId + "/seal").body();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as(page).isTrue();
        assertThat(page).contains("<svg");
        return link.group(1);
    }
}
