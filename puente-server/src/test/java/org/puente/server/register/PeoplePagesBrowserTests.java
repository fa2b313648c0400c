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
            assertThat(browser.byId("notice").getText()).startsWith("Persona registrada.");
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

    @Test
    void aFutureBirthDateIsShownBesideTheFieldAndNothingIsRegistered() {
        String number = TestPeople.uniqueNumber();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar").go("/people/new");
            fillRegistration(browser, uniqueSurname(), number, LocalDate.now().plusYears(1));
            browser.click("save");

            assertThat(browser.path()).isEqualTo("/people/new");
            assertThat(browser.byId("f-birthDate-error").getText()).contains("no puede ser futura");
            assertThat(browser.byId("f-birthDate").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.byId("f-birthDate").getAttribute("aria-describedby")).contains("f-birthDate-error");
            assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
            assertThat(browser.byId("error-summary").findElement(By.cssSelector("a[href='#f-birthDate']")).getText())
                    .contains("no puede ser futura");
            assertThat(browser.byId("f-document-number").getAttribute("value")).isEqualTo(number);
            browser.screenshot("register-error-desktop");

            browser.go("/people?document=" + number);
            assertThat(browser.byId("no-results").isDisplayed()).isTrue();
        }
    }

    @Test
    void theEnglishSwitchTranslatesTheSearchPageAndComesBackToIt() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar").go("/people?name=rosalia&purpose=follow-up");
            assertThat(browser.heading()).isEqualTo("Buscar personas");

            browser.click("lang-en");

            assertThat(browser.path()).isEqualTo("/people");
            assertThat(browser.url()).contains("name=rosalia");
            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.heading()).isEqualTo("Search people");
            assertThat(browser.byId("search").getText()).isEqualTo("Search");
            assertThat(browser.text()).contains("Sign out", "Purpose of the search").doesNotContain("Buscar personas");

            browser.click("lang-es");
            assertThat(browser.heading()).isEqualTo("Buscar personas");
        }
    }

    @Test
    void aRegistrarExtendsAddsACardRecordsAStatusAndCorrectsAName() {
        String surname = uniqueSurname();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar").go("/people/new");
            fillRegistration(browser, surname, TestPeople.uniqueNumber(), LocalDate.of(1988, 2, 3));
            browser.click("save");
            String personPath = browser.path();

            browser.clickLink("Prorrogar");
            assertThat(browser.byId("current-expiry").getText()).isEqualTo("10/01/2030");
            browser.date("f-expiresOn", LocalDate.of(2031, 1, 10)).type("f-reason", "Prórroga por trámite en curso");
            browser.click("save");
            assertThat(browser.byId("notice").getText()).isEqualTo("Documento prorrogado.");
            assertThat(browser.text()).contains("Prorrogado", "10/01/2030 → 10/01/2031");

            browser.click("add-status");
            browser.choose("f-category", "HUMANITARIA").date("f-validFrom", LocalDate.of(2024, 1, 10))
                    .type("f-legalBasis", "DL 1350 art. 29.2.k");
            browser.click("save");
            assertThat(browser.byId("notice").getText()).isEqualTo("Calidad migratoria registrada.");
            assertThat(browser.text()).contains("Humanitaria", "DL 1350 art. 29.2.k");

            browser.click("add-document");
            browser.click("save");
            assertThat(browser.byId("f-type-error").getText()).contains("Este dato es obligatorio.");
            browser.choose("f-type", "PASSPORT").choose("f-issuingCountry", "VEN")
                    .type("f-number", TestPeople.uniqueNumber());
            browser.click("save");
            assertThat(browser.byId("notice").getText()).isEqualTo("Documento agregado.");
            assertThat(browser.text()).contains("Pasaporte");

            browser.click("edit-person");
            assertThat(browser.byId("f-givenNames").getAttribute("value")).isEqualTo("Rosalía");
            browser.type("f-givenNames", "Rosalía Andrea").type("f-reason", "Error de digitación");
            browser.click("save");
            assertThat(browser.path()).isEqualTo(personPath);
            assertThat(browser.byId("person-name").getText()).isEqualTo("Rosalía Andrea Ibáñez " + surname);
            assertThat(browser.text()).contains("Rosalía → Rosalía Andrea", "Error de digitación");
            browser.screenshot("person-history-desktop");
        }
    }

    @Test
    void aCorrectionOfAnOutdatedCopySaysSomeoneElseChangedItAndSavesNothing() {
        String surname = uniqueSurname();
        try (Browser first = Browser.open(port); Browser second = Browser.open(port)) {
            first.signIn("registrar").go("/people/new");
            fillRegistration(first, surname, TestPeople.uniqueNumber(), LocalDate.of(1979, 5, 6));
            first.click("save");
            String personPath = first.path();
            first.click("edit-person");
            second.signIn("registrar").go(personPath + "/edit");

            second.type("f-firstSurname", "Ibañes").type("f-reason", "Según pasaporte");
            second.click("save");
            first.type("f-givenNames", "Rosa").type("f-reason", "Según carné");
            first.click("save");

            assertThat(first.byId("stale").getText()).contains("Otra persona modificó este registro");
            first.go(personPath);
            assertThat(first.byId("person-name").getText()).isEqualTo("Rosalía Ibañes " + surname);
        }
    }

    @Test
    void thePagesFitAPhoneScreenWithoutSidewaysScrolling() {
        try (Browser browser = Browser.open(port)) {
            browser.resize(360, 800);
            browser.go("/login");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("sign-in-phone");
            browser.signIn("registrar").go("/people/new");
            fillRegistration(browser, uniqueSurname(), TestPeople.uniqueNumber(), LocalDate.of(2001, 12, 24));
            browser.click("save");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("person-phone");
            browser.go("/people?name=rosalia");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("search-phone");
            browser.go("/people/new");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.signOut().signIn("auditor");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("audit-phone");
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
