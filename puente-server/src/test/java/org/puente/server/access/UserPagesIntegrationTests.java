package org.puente.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserPagesIntegrationTests {

    static final String PASSWORD = "a-test-password-2026";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aChangeMadeOnAnOutdatedCopyOfAnAccountIsRefused() {
        StaffAccount account = aRegistrar();
        WebSession admin = WebSession.signedIn(port, "admin");
        String page = "/admin/users/" + account.id();

        var first = admin.post(page, change(admin.csrfFrom(page), account.version(), "ASYLUM_OFFICER", "CEPR"));
        var second = admin.post(page, change(admin.csrfFrom(page), account.version(), "AUDITOR", "DEFENSORIA"));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Otra persona modificó este registro");
        assertThat(accounts.byId(account.id()).orElseThrow().role()).isEqualTo(Role.ASYLUM_OFFICER);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        StaffAccount self = accounts.byUsername("admin").orElseThrow();
        WebSession admin = WebSession.signedIn(port, "admin");
        String page = "/admin/users/" + self.id();
        Map<String, String> form = change(admin.csrfFrom(page), self.version(), "ADMINISTRATOR", "PUENTE");
        form.put("enabled", "false");

        var reply = admin.post(page, form);

        assertThat(reply.body()).contains("No puede deshabilitar su propia cuenta");
        assertThat(accounts.byUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void resettingThePasswordUnlocksALockedAccount() {
        StaffAccount account = aRegistrar();
        for (int i = 0; i < 5; i++) {
            WebSession.anonymous(port).signIn(account.username(), "wrong-" + i);
        }
        assertThat(WebSession.anonymous(port).signIn(account.username(), PASSWORD).headers()
                .firstValue("Location").orElseThrow()).endsWith("/login?error");

        WebSession admin = WebSession.signedIn(port, "admin");
        String page = "/admin/users/" + account.id();
        var reset = admin.post(page + "/password",
                new HashMap<>(Map.of("_csrf", admin.csrfFrom(page), "password", "a-new-password-2027")));

        assertThat(reset.statusCode()).isEqualTo(302);
        var signIn = WebSession.anonymous(port).signIn(account.username(), "a-new-password-2027");
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void onlyAdministratorsReachTheUserPages() {
        assertThat(WebSession.signedIn(port, "auditor").get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "admin").get("/admin/users").statusCode()).isEqualTo(200);
    }

    private StaffAccount aRegistrar() {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.create(username, "Test " + username, passwords.encode(PASSWORD), Role.REGISTRAR,
                "MIGRACIONES");
        return accounts.byId(id).orElseThrow();
    }

    private static Map<String, String> change(String csrf, long version, String role, String agency) {
        return new HashMap<>(Map.of("_csrf", csrf, "version", Long.toString(version),
                "displayName", "Cambiado", "role", role, "agency", agency, "enabled", "true", "_enabled", "on"));
    }
}
