package org.puente.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    int status(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people?name=maria"))
                .header("Authorization", "Basic " + credentials).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anAccountIsLockedAfterFiveFailedSignInsEvenForTheRightPassword() throws Exception {
        String user = "locktest-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(user, "Lock test", passwords.encode("a-long-enough-password"), Role.REGISTRAR, "MIGRACIONES");
        assertThat(status(user, "a-long-enough-password")).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(status(user, "wrong-password")).isEqualTo(401);
        }

        assertThat(status(user, "a-long-enough-password")).isEqualTo(401);
        assertThat(accounts.byUsername(user).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        assertThat(accounts.byUsername("registrar").orElseThrow().passwordHash()).startsWith("{argon2}");
    }
}
