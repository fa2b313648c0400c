package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators register relying parties and issue, show once and revoke their keys; nobody else may. */
@DemoRegister
class RelyingPartyPagesIntegrationTests {

    private static final Pattern KEY = Pattern.compile("id=\"new-key-value\"[^>]*>(pk_[A-Za-z0-9_-]+)<");
    private static final Pattern REVOKE = Pattern.compile("action=\"(/admin/relying-parties/[^\"]+/revocation)\"");

    @LocalServerPort
    int port;

    @Test
    void anAdministratorRegistersAPartyIssuesAKeyShownOnceAndRevokesIt() {
        WebSession admin = WebSession.signedIn(port, "admin");
        String ruc = Ruc.complete("20" + (600_000_00 + (int) (Math.random() * 9_999_999)));
        var created = admin.post("/admin/relying-parties", form(admin, "/admin/relying-parties",
                "name", "Textiles Andinos S.A.C.", "ruc", ruc, "sector", "Textil", "purpose", "EMPLOYMENT",
                "ratePerSecond", "20"));
        assertThat(created.statusCode()).isEqualTo(302);
        String partyPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        var issued = admin.post(partyPath + "/keys", form(admin, partyPath,
                "expiresOn", LocalDate.now().plusMonths(6).toString()));
        Matcher key = KEY.matcher(issued.body());
        assertThat(key.find()).as(issued.body()).isTrue();
        String apiKey = key.group(1);
        assertThat(admin.get(partyPath).body()).as("shown once").doesNotContain(apiKey);

        Api party = Api.anonymous(port).header("Authorization", "Bearer " + apiKey);
        assertThat(party.get("/api/v1/verifications/caller").json().get("relyingParty").asString())
                .isEqualTo("Textiles Andinos S.A.C.");

        Matcher revoke = REVOKE.matcher(admin.get(partyPath).body());
        assertThat(revoke.find()).isTrue();
        assertThat(admin.post(revoke.group(1), form(admin, partyPath)).statusCode()).isEqualTo(302);
        assertThat(party.get("/api/v1/verifications/caller").status()).isEqualTo(401);
        assertThat(admin.get(partyPath).body()).contains("Revocada");
    }

    @Test
    void aRucWithAWrongCheckDigitIsRefusedBesideItsField() {
        WebSession admin = WebSession.signedIn(port, "admin");
        var reply = admin.post("/admin/relying-parties", form(admin, "/admin/relying-parties",
                "name", "Mal RUC S.A.", "ruc", "20131312956", "sector", "Comercio", "purpose", "BANKING",
                "ratePerSecond", "5"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("id=\"f-ruc-error\"", "dígito verificador");
        assertThat(admin.get("/admin/relying-parties").body()).doesNotContain("Mal RUC S.A.");
    }

    @Test
    void onlyAdministratorsSeeTheRelyingPartiesPages() {
        for (String user : new String[] {"registrar", "auditor", "analyst", "asylum-officer"}) {
            assertThat(WebSession.signedIn(port, user).get("/admin/relying-parties").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(WebSession.anonymous(port).get("/admin/relying-parties").statusCode()).isEqualTo(302);
        assertThat(WebSession.signedIn(port, "admin").get("/admin/relying-parties").body())
                .contains("Constructora Demo S.A.C.", "Banco Demo S.A.");
    }

    private static Map<String, String> form(WebSession session, String page, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        form.put("_csrf", session.csrfFrom(page));
        return form;
    }
}
