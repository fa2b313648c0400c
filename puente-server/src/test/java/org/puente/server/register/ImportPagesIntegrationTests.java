package org.puente.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puente.server.Api;
import org.puente.server.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ImportPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theUploadPageAsksAnAnonymousVisitorToSignIn() {
        var reply = Api.anonymous(port).get("/people/import");

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/login");
    }

    @Test
    void theProgressScriptIsServedAsAStaticFile() {
        var reply = Api.anonymous(port).get("/js/import-progress.js");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("data-status-url");
    }
}
