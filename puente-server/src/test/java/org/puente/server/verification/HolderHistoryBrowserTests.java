package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.puente.server.Api;
import org.puente.server.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DemoRegister
class HolderHistoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void freshBuckets() {
        limits.reset();
    }

    @Test
    void theHolderProvesItIsThemWithACodeFromTheMailboxAndSeesWhoVerifiedTheirDocument() {
        Api.anonymous(port).header("Authorization", "Bearer demo-employer-key")
                .post("/api/v1/verifications", DemoDocuments.ACTIVE_CE);

        try (Browser browser = Browser.open(port)) {
            browser.go("/my-verifications");
            browser.choose("f-documentType", "CE").type("f-documentNumber", "200000002")
                    .date("f-birthDate", LocalDate.of(1985, 11, 2));
            browser.click("send-code");
            assertThat(browser.byId("code-sent").getText()).contains("Si los datos coinciden");

            String codePage = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.go("/dev/mailbox");
            String message = browser.all("#messages .message-text").getFirst().getText();
            assertThat(browser.all("#messages .message").getFirst().getText()).contains("+51 900 000 002");
            Matcher code = Pattern.compile("(\\d{6})").matcher(message);
            assertThat(code.find()).as(message).isTrue();
            browser.driver().close();
            browser.driver().switchTo().window(codePage);

            browser.type("f-code", code.group(1));
            browser.click("enter-code");

            assertThat(browser.path()).isEqualTo("/my-verifications/history");
            assertThat(browser.byId("history").getText()).contains("Constructora Demo S.A.C.", "Empleo", "Válido");
            browser.screenshot("holder-history-desktop");
        }
    }
}
