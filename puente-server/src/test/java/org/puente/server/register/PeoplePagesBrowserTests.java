package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PeoplePagesBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aRegistrarRegistersFindsAndRevokesAndTheAuditorSeesEveryStep() {
        String surname = uniqueSurname();
        String number = TestPeople.uniqueNumber();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar");
            assertThat(browser.path()).isEqualTo("/people");

            browser.go("/people/new");
            assertThat(browser.language()).isEqualTo("es");
            fillRegistration(browser, surname, number, LocalDate.of(1990, 7, 21));
            browser.screenshot("register-form-desktop");
            browser.click("save");

            assertThat(browser.path()).startsWith("/people/");
            assertThat(browser.byId("notice").getText()).isEqualTo("Persona registrada.");
            assertThat(browser.byId("person-name").getText()).isEqualTo("Rosalía Ibáñez " + surname);
            String personId = browser.path().substring("/people/".length());

            browser.go("/people");
            browser.type("f-name", "rosalia ibanes " + surname.toLowerCase());
            browser.choose("f-purpose", "identity-check");
            browser.click("search");
            browser.screenshot("search-results-desktop");
            browser.clickLink("Rosalía Ibáñez " + surname);

            assertThat(browser.path()).isEqualTo("/people/" + personId);
            assertThat(browser.url()).contains("purpose=identity-check");
            assertThat(browser.text()).contains("Vigente");

            browser.clickLink("Revocar");
            assertThat(browser.heading()).isEqualTo("Revocar documento");
            browser.type("f-reason", "Documento reportado como robado");
            browser.tick("f-confirm");
            browser.click("revoke");

            assertThat(browser.path()).isEqualTo("/people/" + personId);
            assertThat(browser.byId("notice").getText()).isEqualTo("Documento revocado.");
            WebElement lastStep = browser.all("tr.event").getFirst(); // newest first
            assertThat(lastStep.getAttribute("data-status")).isEqualTo("REVOKED");
            assertThat(lastStep.getText()).contains("Revocado", "Documento reportado como robado", "registrar");
            browser.screenshot("person-revoked-desktop");

            browser.signOut();
            assertThat(browser.byId("signed-out").getText()).isEqualTo("Cerró sesión correctamente.");
            browser.signIn("auditor");
            assertThat(browser.path()).isEqualTo("/audit");
            browser.type("f-person", personId);
            browser.click("filter");
            browser.screenshot("audit-desktop");

            var actions = browser.driver().findElements(By.cssSelector("#audit-entries tbody tr")).stream()
                    .map(row -> row.getAttribute("data-action")).toList();
            assertThat(actions).contains("PERSON_REGISTERED", "PERSON_VIEWED", "DOCUMENT_REVOKED");
        }
    }

    static void fillRegistration(Browser browser, String surname, String number, LocalDate birthDate) {
        browser.type("f-givenNames", "Rosalía");
        browser.type("f-firstSurname", "Ibáñez");
        browser.type("f-secondSurname", surname);
        browser.choose("f-sex", "F");
        browser.date("f-birthDate", birthDate);
        browser.choose("f-nationality", "VEN");
        browser.type("f-phone", "+51987654321");
        browser.type("f-email", "rosalia@example.org");
        browser.type("f-ubigeo", "150132");
        browser.type("f-addressLine", "Av. Próceres 123");
        browser.choose("f-document-type", "CPP");
        browser.type("f-document-number", number);
        browser.date("f-document-issuedOn", LocalDate.of(2024, 1, 10));
        browser.date("f-document-expiresOn", LocalDate.of(2030, 1, 10));
        browser.tick("f-document-workAuthorised");
    }

    /** A surname nobody else in the test run has, so a name search finds exactly this person. */
    static String uniqueSurname() {
        String[] syllables = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo"};
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(syllables[ThreadLocalRandom.current().nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
