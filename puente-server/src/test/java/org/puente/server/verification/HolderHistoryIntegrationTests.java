package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.server.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The holder's history: no code, no history; an unknown document looks the same; codes can't be guessed. */
@DemoRegister
class HolderHistoryIntegrationTests {

    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DevMailbox mailbox;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void freshBuckets() {
        limits.reset();
    }

    @Test
    void aWrongBirthDateGetsTheSamePageAndNoMessageIsSent() {
        int before = mailbox.messages().size();
        String known = requestCode(WebSession.anonymous(port), "200000002", "1985-11-02");
        String wrong = requestCode(WebSession.anonymous(port), "200000002", "1985-11-03");

        assertThat(strip(wrong)).isEqualTo(strip(known));
        assertThat(mailbox.messages()).hasSize(before + 1);
    }

    @Test
    void theHistoryNeedsTheRightCodeAndFiveWrongTriesUseItUp() {
        WebSession session = WebSession.anonymous(port);
        assertThat(session.get("/my-verifications/history").statusCode()).isEqualTo(302);
        String page = requestCode(session, "100000001", "1992-03-14");
        Matcher challenge = CHALLENGE.matcher(page);
        assertThat(challenge.find()).isTrue();
        Matcher code = Pattern.compile("(\\d{6})").matcher(mailbox.messages().getFirst().text());
        assertThat(code.find()).isTrue();
        String wrong = code.group(1).equals("000000") ? "000001" : "000000";

        for (int i = 0; i < 5; i++) {
            assertThat(enter(session, challenge.group(1), wrong).body()).contains("El código no es correcto");
        }
        assertThat(enter(session, challenge.group(1), code.group(1)).body()).contains("El código no es correcto");
        assertThat(session.get("/my-verifications/history").statusCode()).isEqualTo(302);
    }

    private static String requestCode(WebSession session, String number, String birthDate) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("documentType", number.startsWith("2") ? "CE" : "CPP");
        form.put("documentNumber", number);
        form.put("birthDate", birthDate);
        form.put("_csrf", session.csrfFrom("/my-verifications"));
        return session.post("/my-verifications", form).body();
    }

    private static java.net.http.HttpResponse<String> enter(WebSession session, String challenge, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("challenge", challenge);
        form.put("code", code);
        form.put("_csrf", session.csrfFrom("/my-verifications"));
        return session.post("/my-verifications/code", form);
    }

    /** The page without what differs on every request (challenge id, CSRF token). */
    private static String strip(String page) {
        return page.replaceAll("name=\"challenge\" value=\"[^\"]+\"", "")
                .replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
    }
}
