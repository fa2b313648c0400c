package org.puente.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.server.PuenteServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Production refuses to start while demo accounts with the demo password exist. */
class DemoGuardIntegrationTests {

    final String database = "jdbc:h2:mem:guard" + UUID.randomUUID().toString().substring(0, 8)
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    ConfigurableApplicationContext start(String... properties) {
        String[] args = new String[properties.length + 4];
        args[0] = "--spring.datasource.url=" + database;
        args[1] = "--puente.demo-seed=false";
        args[2] = "--spring.main.banner-mode=off";
        // Its files (journal, demo seal key) under target/, not in the working directory.
        args[3] = "--puente.data-dir=" + java.nio.file.Path.of("target", "test-data", "guard").toAbsolutePath();
        for (int i = 0; i < properties.length; i++) {
            args[i + 4] = "--" + properties[i];
        }
        return new SpringApplicationBuilder(PuenteServer.class).web(WebApplicationType.NONE).run(args);
    }

    @Test
    void refusesToStartOutsideDemoModeWhileDemoAccountsExist() {
        start("puente.demo=true").close();

        assertThatThrownBy(() -> start("puente.demo=false"))
                .hasStackTraceContaining("demo accounts with the demo password exist");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentOutsideDemoMode() {
        try (var context = start("puente.demo=false", "puente.admin.user=root-admin",
                "puente.admin.password=correct horse battery staple")) {
            var account = context.getBean(StaffAccounts.class).byUsername("root-admin").orElseThrow();
            assertThat(account.role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(context.getBean(StaffAccounts.class).byUsername("registrar")).isEmpty();
        }
    }

    @Test
    void refusesAShortFirstAdministratorPassword() {
        assertThatThrownBy(() -> start("puente.demo=false", "puente.admin.user=root-admin", "puente.admin.password=short"))
                .hasStackTraceContaining("at least 12 characters");
    }
}
