package org.puente.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.puente.server.Api;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class SignInBrowserTests {

    @LocalServerPort
    int port;

    static final String PASSWORD = "a-test-password-2026";

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    /** A fresh account for tests that lock or disable it, so no shared demo account is harmed. */
    String aRegistrar() {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Test " + username, passwords.encode(PASSWORD), Role.REGISTRAR, "MIGRACIONES");
        return username;
    }

    @Test
    void theSignInFormCanBeCompletedWithTheKeyboardAlone() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");

            browser.tab();
            assertThat(browser.focused().getText()).isEqualTo("Saltar al contenido principal");
            for (int i = 0; i < 10 && !"f-username".equals(browser.focused().getAttribute("id")); i++) {
                browser.tab();
            }
            assertThat(browser.focused().getAttribute("id")).isEqualTo("f-username");
            browser.press("registrar").tab().press(Api.DEMO_PASSWORD);
            browser.loading(() -> browser.press(Keys.ENTER));

            assertThat(browser.path()).isEqualTo("/people");
            assertThat(browser.byId("who-name").getText()).isEqualTo("registrar");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar", "not-the-password");

            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.byId("sign-in-error").getText()).contains("Usuario o contraseña incorrectos");
            assertThat(browser.byId("f-username").getAttribute("aria-invalid")).isEqualTo("true");
        }
    }

    @Test
    void anAccountLockedAfterFiveFailuresIsToldSoDistinctly() {
        String username = aRegistrar();
        try (Browser browser = Browser.open(port)) {
            for (int i = 0; i < 5; i++) {
                browser.signIn(username, "wrong-password-" + i);
            }
            browser.signIn(username, PASSWORD);

            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.byId("sign-in-error").getText()).contains("bloqueada").doesNotContain("incorrectos");
        }
    }

    @Test
    void anAnalystGetsTheAccessDeniedPageForPeople() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("analyst").go("/people");

            assertThat(browser.heading()).isEqualTo("Acceso denegado");
            assertThat(browser.text()).doesNotContain("Buscar personas");
            // Statistics only: the simulator, never a personal record.
            assertThat(browser.all("nav.menu a")).extracting(e -> e.getText()).containsExactly("Simulador de límites");
            browser.screenshot("forbidden-desktop");
        }
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanThenSignIn() {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin");
            assertThat(browser.path()).isEqualTo("/admin/users");

            browser.type("f-username", username).type("f-displayName", "Lucía Quispe")
                    .choose("f-role", "ASYLUM_OFFICER").choose("f-agency", "CEPR").type("f-password", "short");
            browser.click("create-user");
            browser.screenshot("users-error-desktop");
            assertThat(browser.byId("f-password-error").getText()).contains("12");

            browser.type("f-password", "una-clave-larga-2026");
            browser.click("create-user");
            assertThat(browser.byId("notice").getText()).isEqualTo("Cuenta creada.");
            assertThat(browser.text()).contains(username, "Lucía Quispe", "Oficial de refugio");
            browser.screenshot("users-desktop");

            browser.signOut().signIn(username, "una-clave-larga-2026");
            assertThat(browser.path()).isEqualTo("/people");
            assertThat(browser.text()).contains("Lucía Quispe", "Oficial de refugio");
            assertThat(browser.all("nav.menu a")).extracting(e -> e.getText()).containsExactly("Buscar");
        }
    }

    @Test
    void anAdministratorDisablesAnAccountAndItCanNoLongerSignIn() {
        String username = aRegistrar();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin").clickLink(username);
            browser.untick("f-enabled");
            browser.click("save-user");
            assertThat(browser.byId("notice").getText()).isEqualTo("Cuenta actualizada.");

            browser.signOut().signIn(username, PASSWORD);
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.has("sign-in-error")).isTrue();
        }
    }
}
