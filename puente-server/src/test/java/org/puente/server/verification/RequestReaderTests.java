package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.puente.server.common.InvalidInput;
import org.puente.server.register.DocumentType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The verification request as read on the busiest call: what it accepts, and how it refuses. */
class RequestReaderTests {

    private final RequestReader reader = new RequestReader(JsonMapper.builder().build());

    private VerificationApi.VerificationRequest read(String body) {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The field and message code of the one problem a body has. */
    private String problem(String body) {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> read(body));
        assertThat(e).as(body).isNotNull();
        return e.problems().getFirst().field() + " " + e.problems().getFirst().code();
    }

    @Test
    void readsTheThreeFieldsInAnyOrder() {
        assertThat(read("""
                {"birthDate": "1992-03-14", "documentNumber": "100000001", "documentType": "CPP"}"""))
                .isEqualTo(new VerificationApi.VerificationRequest(DocumentType.CPP, "100000001",
                        LocalDate.of(1992, 3, 14)));
    }

    @Test
    void missingAndNullFieldsAreLeftEmptyForTheChecksThatFollow() {
        assertThat(read("null")).isEqualTo(new VerificationApi.VerificationRequest(null, null, null));
        assertThat(read("{\"documentType\": null}")).isEqualTo(new VerificationApi.VerificationRequest(null, null, null));
    }

    @Test
    void aNumberGivenAsANumberReadsAsItsText() {
        assertThat(read("{\"documentNumber\": 100000001}").documentNumber()).isEqualTo("100000001");
    }

    @Test
    void eachWrongFieldIsNamedWithTheBindersCode() {
        assertThat(problem("{\"documentType\": \"CARD\"}")).isEqualTo("documentType validation.json.enum");
        assertThat(problem("{\"birthDate\": \"14/03/1992\"}")).isEqualTo("birthDate validation.json.date");
        assertThat(problem("{\"birthDate\": \"1992-02-30\"}")).isEqualTo("birthDate validation.json.date");
        assertThat(problem("{\"birthDate\": 19920314}")).isEqualTo("birthDate validation.json.type");
        assertThat(problem("{\"documentNumber\": {\"n\": 1}}")).isEqualTo("documentNumber validation.json.type");
        assertThat(problem("""
                {"documentType": "CPP", "name": {"first": "x"}, "birthDate": "1990-01-01"}"""))
                .isEqualTo("name validation.json.unknownField");
    }

    @Test
    void anythingButOneObjectIsMalformed() {
        for (String body : new String[] {"", "not json", "[]", "5", "{\"documentType\": \"CPP\"} {}",
                "{\"documentType\": \"CPP\""}) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(JacksonException.class);
        }
    }
}
