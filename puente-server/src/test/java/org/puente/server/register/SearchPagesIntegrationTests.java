package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.puente.server.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SearchPagesIntegrationTests {

    private static final Pattern RESULT_ROW = Pattern.compile("<td><a href=\"/people/[0-9a-f-]{36}\\?purpose=");

    @LocalServerPort
    int port;

    @Test
    void aLongResultIsShownTwentyAtATimeWithNextAndPreviousLinks() {
        String surname = PeoplePagesBrowserTests.uniqueSurname();
        for (int i = 0; i < 21; i++) {
            var created = Api.as(port, "registrar").post("/api/v1/people",
                    TestPeople.aColombianWithCe("Andrés", surname, TestPeople.uniqueNumber()));
            assertThat(created.status()).isEqualTo(201);
        }
        WebSession registrar = WebSession.signedIn(port, "registrar");

        String first = registrar.get("/people?name=" + surname + "&purpose=follow-up").body();
        String second = registrar.get("/people?name=" + surname + "&purpose=follow-up&page=1").body();

        assertThat(RESULT_ROW.matcher(first).results().count()).isEqualTo(20);
        assertThat(first).contains("id=\"next-page\"", "page=1").doesNotContain("id=\"previous-page\"");
        assertThat(first).contains("?purpose=follow-up");
        assertThat(RESULT_ROW.matcher(second).results().count()).isEqualTo(1);
        assertThat(second).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");
    }

    @Test
    void aDocumentNumberFindsExactlyItsHolder() {
        String number = TestPeople.uniqueNumber();
        String id = Api.as(port, "registrar").post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(number))
                .json().get("id").asString();

        String page = WebSession.signedIn(port, "asylum-officer").get("/people?document=" + number).body();

        assertThat(RESULT_ROW.matcher(page).results().count()).isEqualTo(1);
        assertThat(page).contains("/people/" + id + "?purpose=procedure", "María José González Pérez");
    }

    @Test
    void aReaderWithoutWritePermissionSeesTheRecordButNoChangeButtons() {
        String id = Api.as(port, "registrar").post("/api/v1/people",
                TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber())).json().get("id").asString();
        WebSession officer = WebSession.signedIn(port, "asylum-officer");

        var person = officer.get("/people/" + id);

        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(person.body()).contains("María José González Pérez")
                .doesNotContain("id=\"edit-person\"", "/revoke", "/extend", "href=\"/people/new\"");
        assertThat(officer.get("/people/new").statusCode()).isEqualTo(403);
        assertThat(officer.get("/people/" + id + "/edit").statusCode()).isEqualTo(403);
    }

    @Test
    void anEmptySearchAsksForADocumentOrAName() {
        String page = WebSession.signedIn(port, "registrar").get("/people?document=&name=").body();

        assertThat(page).contains("Indique un número de documento o un nombre.", "href=\"#f-name\"",
                "aria-invalid=\"true\"");
    }
}
