package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.puente.server.access.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DuplicateReviewBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Register register;
    @Autowired
    DuplicateReview review;
    @Autowired
    RegisterLinkage linkage;

    @Test
    void aRegistrarMergesTwoRecordsOfOnePersonFromTheQueueAndUndoesTheMerge() {
        String surname = TestPeople.uniqueSurname("Quispe");
        String cpp = TestPeople.uniqueNumber();
        String cedula = TestPeople.uniqueNumber().substring(1);
        UUID older = register.register(new NewPerson("Jesús Alberto", surname, "Mamani", Sex.M,
                LocalDate.of(1988, 4, 3), "VEN", null,
                new NewDocument(DocumentType.CPP, cpp, "PER", LocalDate.of(2023, 1, 10), LocalDate.of(2030, 1, 10), true),
                null), Staff.system("test"), "procedure");
        UUID newer = register.register(new NewPerson("Chucho", surname, null, Sex.M, LocalDate.of(1988, 3, 4), "VEN",
                null, new NewDocument(DocumentType.FOREIGN_ID_CARD, cedula, "VEN", null, null, false), null),
                Staff.system("test"), "procedure");
        review.propose(older, newer, 14.2, new DuplicatePair.Evidence(List.of(
                new DuplicatePair.Evidence.Field("given_names", "nickname", 3.1),
                new DuplicatePair.Evidence.Field("surnames", "second surname missing", 6.0),
                new DuplicatePair.Evidence.Field("birth_date", "day and month swapped", 5.1)), 14.2, 0.9994),
                DuplicatePair.AT_INTAKE);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar");
            browser.go("/duplicates");
            assertThat(browser.heading()).isEqualTo("Posibles duplicados");
            browser.screenshot("duplicates-queue");
            browser.all("tr.pair").stream()
                    .filter(row -> row.getText().contains("Jesús Alberto " + surname)).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.linkText("Revisar")).click();

            assertThat(browser.heading()).isEqualTo("¿Son la misma persona?");
            assertThat(browser.byId("evidence").getText()).contains("día y mes invertidos");
            browser.click("decide");
            assertThat(browser.byId("error-summary").getText())
                    .contains("Elija si es la misma persona o si son personas distintas.");

            browser.tick("f-decision-same");
            browser.tick("f-survivor-a");
            browser.type("f-reason", "Misma persona: Chucho es Jesús, fecha con día y mes invertidos");
            browser.screenshot("duplicate-pair");
            browser.click("decide");

            assertThat(browser.path()).isEqualTo("/people/" + older);
            assertThat(browser.byId("notice").getText()).isEqualTo("Registros fusionados. Esta es la ficha conservada.");
            assertThat(browser.text()).contains(cpp).contains(cedula);

            browser.go("/people/" + newer);
            assertThat(browser.byId("merged-banner").getText()).contains("Registro fusionado");
            browser.click("survivor-link");
            assertThat(browser.path()).isEqualTo("/people/" + older);

            var undo = browser.all("form.inline-form").getFirst();
            undo.findElement(org.openqa.selenium.By.name("reason")).sendKeys("Eran primos, no la misma persona");
            browser.loading(() -> undo.findElement(org.openqa.selenium.By.tagName("button")).click());
            assertThat(browser.byId("notice").getText()).isEqualTo("Fusión deshecha: los dos registros están como antes.");
            assertThat(browser.text()).contains(cpp).doesNotContain(cedula);
        }
    }

    @Test
    void registeringSomeoneAlreadyRegisteredShowsThemOnThePageAndTheRegistrarRulesThemOut() {
        String surname = TestPeople.uniqueSurname("Ñaupari");
        UUID existing = register.register(new NewPerson("Yuleisy Carolina", surname, "Briceño", Sex.F,
                LocalDate.of(1994, 2, 9), "VEN", null, new NewDocument(DocumentType.CPP, TestPeople.uniqueNumber(),
                "PER", LocalDate.of(2023, 1, 10), LocalDate.of(2030, 1, 10), true), null), Staff.system("test"),
                "procedure");
        TestPeople.aRegisterToLearnFrom(register);
        linkage.rebuild();

        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar");
            browser.go("/people/new");
            browser.type("f-givenNames", "Yuleisy");
            browser.type("f-firstSurname", surname.replace("Ñ", "N"));
            browser.choose("f-sex", "F");
            browser.date("f-birthDate", LocalDate.of(1994, 2, 9));
            browser.choose("f-nationality", "VEN");
            browser.choose("f-document-type", "PASSPORT");
            browser.choose("f-document-issuingCountry", "VEN");
            browser.type("f-document-number", "P" + TestPeople.uniqueNumber());
            browser.click("save");

            assertThat(browser.byId("notice").getText()).startsWith("Persona registrada. Atención");
            var box = browser.byId("possible-duplicates");
            assertThat(box.getText()).contains("Estas personas registradas podrían ser la misma persona")
                    .contains("Yuleisy Carolina " + surname + " Briceño");
            box.findElement(org.openqa.selenium.By.tagName("summary")).click();
            assertThat(box.getText()).contains("Fecha de nacimiento").contains("exacto");
            browser.screenshot("intake-possible-duplicates");
            String newcomer = browser.path().substring("/people/".length());
            box.findElement(org.openqa.selenium.By.cssSelector("a.button")).click();

            assertThat(browser.heading()).isEqualTo("¿Son la misma persona?");
            assertThat(browser.text()).contains("Yuleisy Carolina " + surname);
            browser.tick("f-decision-different");
            browser.type("f-reason", "Primas con el mismo nombre; otra madre según la partida");
            browser.click("decide");
            assertThat(browser.byId("notice").getText()).isEqualTo("Decisión guardada: son personas distintas.");

            browser.go("/people/" + newcomer);
            assertThat(browser.has("possible-duplicates")).as("a decided pair is not shown again").isFalse();
            browser.go("/people/" + existing);
            assertThat(browser.has("possible-duplicates")).isFalse();
        }
    }
}
