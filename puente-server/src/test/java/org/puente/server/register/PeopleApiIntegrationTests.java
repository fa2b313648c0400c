package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PeopleApiIntegrationTests {

    @LocalServerPort
    int port;

    Api registrar() {
        return Api.as(port, "registrar");
    }

    @Test
    void registersAPersonAndFindsThemByDocumentAndByName() {
        String number = TestPeople.uniqueNumber();
        var created = registrar().post("/api/v1/people", TestPeople.aVenezuelanAdultWithCpp(number));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/people/" + id);
        assertThat(created.json().get("documents").get(0).get("status").asString()).isEqualTo("ACTIVE");

        var byDocument = registrar().get("/api/v1/people?document=" + number);
        assertThat(byDocument.json().get("people").get(0).get("id").asString()).isEqualTo(id);

        var byName = registrar().get("/api/v1/people?name=maria%20gonzales%20perez&birthYear=1992");
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.body()).contains(id);
    }

    @Test
    void anUnauthenticatedCallGets401ProblemNotARedirect() {
        var reply = Api.anonymous(port).get("/api/v1/people?name=maria");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFutureBirthDateIsRefusedWithAFieldMessageInTheCallersLanguage() {
        String body = TestPeople.aVenezuelanAdultWithCpp(TestPeople.uniqueNumber()).replace("1992-03-14", "2999-01-01");

        var spanish = registrar().post("/api/v1/people", body);
        var english = registrar().header("Accept-Language", "en").post("/api/v1/people", body);

        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.json().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
        assertThat(spanish.json().get("errors").get(0).get("message").asString()).contains("futura");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("future");
    }
}
