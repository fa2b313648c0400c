package org.puente.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StaffPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        WebSession registrar = WebSession.signedIn(port, "registrar");

        var reply = registrar.post("/people/new", Map.of("givenNames", "Ana", "firstSurname", "Sin Token",
                "sex", "F", "birthDate", "1990-01-01", "nationality", "VEN", "document.type", "PASSPORT",
                "document.number", "X1234567", "document.issuingCountry", "VEN"));

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(registrar.get("/people?document=X1234567").body()).contains("id=\"no-results\"");
    }

    @Test
    void aFormPostWithTheTokenRegistersAndRedirectsToThePersonPage() {
        WebSession registrar = WebSession.signedIn(port, "registrar");
        String number = "Y" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 7);

        var reply = registrar.post("/people/new", Map.of("_csrf", registrar.csrfFrom("/people/new"),
                "givenNames", "Ana", "firstSurname", "Con Token", "sex", "F", "birthDate", "1990-01-01",
                "nationality", "VEN", "document.type", "PASSPORT", "document.number", number,
                "document.issuingCountry", "VEN"));

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElseThrow()).matches(".*/people/[0-9a-f-]{36}$");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        var reply = WebSession.anonymous(port).get("/people");

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void anUnknownPersonShowsTheNotFoundPageInTheLayoutNotAStackTrace() {
        WebSession registrar = WebSession.signedIn(port, "registrar");

        for (String path : List.of("/people/" + UUID.randomUUID(), "/people/not-an-id",
                "/documents/" + UUID.randomUUID() + "/revoke")) {
            var reply = registrar.get(path);
            assertThat(reply.statusCode()).as(path).isEqualTo(404);
            assertThat(reply.body()).as(path).contains("Página no encontrada", "Cerrar sesión")
                    .doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void aRegistrarIsDeniedTheAuditAndUserPages() {
        WebSession registrar = WebSession.signedIn(port, "registrar");

        for (String path : List.of("/audit", "/admin/users")) {
            var reply = registrar.get(path);
            assertThat(reply.statusCode()).as(path).isEqualTo(403);
            assertThat(reply.body()).as(path).contains("Acceso denegado", "lang=\"es\"", "name=\"_csrf\"");
        }
    }

    @Test
    void pagesCarryNoInlineScriptsOrStylesSoTheContentSecurityPolicyHolds() {
        WebSession registrar = WebSession.signedIn(port, "registrar");

        for (String path : List.of("/people", "/people/new", "/people?name=maria")) {
            var reply = registrar.get(path);
            assertThat(reply.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self'", "style-src 'self'");
            assertThat(reply.body()).as(path).doesNotContain("style=", "<style", " onclick=", "<script>")
                    .contains("<script src=\"/js/puente.js\" defer></script>");
        }
    }

    @Test
    void theAuditorVerifiesTheChainFromTheAuditPage() {
        WebSession auditor = WebSession.signedIn(port, "auditor");

        var reply = auditor.get("/audit/verify");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"chain-report\"", "La cadena está intacta");
    }

    @Test
    void anAuditorsLookAtTheTrailIsItselfAudited() {
        WebSession auditor = WebSession.signedIn(port, "auditor");

        auditor.get("/audit?user=auditor");
        var reply = auditor.get("/audit?user=auditor");

        assertThat(reply.body()).contains("data-action=\"AUDIT_SEARCHED\"");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheChosenLanguage() {
        WebSession registrar = WebSession.signedIn(port, "registrar");
        registrar.get("/lang?to=en&back=/people");

        var reply = registrar.get("/no-such-page");

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.body()).contains("Page not found", "lang=\"en\"", "Sign out");
    }

    @Test
    void anUnknownApiAddressStillAnswersJson() {
        var reply = org.puente.server.Api.as(port, "registrar").header("Accept", "application/json")
                .get("/api/v1/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).contains("json");
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() {
        WebSession registrar = WebSession.signedIn(port, "registrar");

        var reply = registrar.post("/logout", Map.of("_csrf", registrar.csrfFrom("/people")));

        assertThat(reply.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(registrar.get("/login?signedOut").body()).contains("Cerró sesión correctamente.");
        assertThat(registrar.get("/people").statusCode()).isEqualTo(302);
    }
}
