package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public page's protection against automated guessing, without a browser. */
@DemoRegister
class PublicVerificationPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void freshBuckets() {
        limits.reset();
    }

    @Test
    void afterThreeFailuresATryWithoutTheSolvedChallengeIsRefusedAndVerifiesNothing() {
        WebSession session = WebSession.anonymous(port);
        for (int i = 0; i < 3; i++) {
            assertThat(post(session, "100000001", "1992-03-0" + (i + 1)).body()).contains("data-outcome=\"NO_MATCH\"");
        }
        var refused = post(session, "100000001", "1992-03-14");

        assertThat(refused.body()).contains("La comprobación de seguridad no se completó").doesNotContain("data-outcome");
    }

    @Test
    void anAddressOverItsRateGets429WithRetryAfter() {
        WebSession session = WebSession.anonymous(port);
        String csrf = session.csrfFrom("/verify");
        int tooMany = 0;
        String retryAfter = null;
        for (int i = 0; i < 45; i++) {
            var reply = post(session, csrf, "100000001", "1992-03-14");
            if (reply.statusCode() == 429) {
                tooMany++;
                retryAfter = reply.headers().firstValue("Retry-After").orElse(null);
            }
        }
        assertThat(tooMany).isGreaterThanOrEqualTo(5);
        assertThat(retryAfter).isNotNull();
    }

    private static java.net.http.HttpResponse<String> post(WebSession session, String number, String birthDate) {
        return post(session, session.csrfFrom("/verify"), number, birthDate);
    }

    private static java.net.http.HttpResponse<String> post(WebSession session, String csrf, String number,
                                                           String birthDate) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("documentType", "CPP");
        form.put("documentNumber", number);
        form.put("birthDate", birthDate);
        form.put("powToken", "");
        form.put("powSolution", "");
        form.put("_csrf", csrf);
        return session.post("/verify", form);
    }
}
