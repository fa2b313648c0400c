package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.server.Browser;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A registrar uploads a CSV on the import page and follows it to the end. */
@IntegrationTest
class ImportPageBrowserTests {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aRegistrarImportsAFileAndSeesTheRejectedRowsWithTheirLines() throws Exception {
        String surname = TestPeople.uniqueSurname("Huamani");
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, """
                record_id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_type,document_number
                page-%1$s-1,Rosa,%1$s,Mamani,F,1994-05-20,BOL,CPP,%2$s
                page-%1$s-2,Luis,%1$s,,M,2999-01-01,VEN,CPP,%3$s
                page-%1$s-3,Ana,%1$s,,F,1990-01-01,VEN,CPP,%4$s
                """.formatted(surname, TestPeople.uniqueNumber(), TestPeople.uniqueNumber(), TestPeople.uniqueNumber()));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registrar").go("/people/import");
            browser.driver().findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            browser.click("import-submit");

            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector("#import-job table")).size() > 0);
            browser.screenshot("import-job-desktop");

            assertThat(browser.driver().findElement(By.id("imported")).getText()).isEqualTo("2");
            assertThat(browser.driver().findElement(By.id("rejected")).getText()).isEqualTo("1");
            assertThat(browser.text()).contains("3").contains("futura");
            browser.go("/people?name=" + Names.fold(surname));
            assertThat(browser.text()).contains("Rosa", "Ana").doesNotContain("Luis");
        }
    }
}
