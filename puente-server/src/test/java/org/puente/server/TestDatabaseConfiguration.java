package org.puente.server;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points every test context at its own database (see {@link TestDatabase}). */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseConfiguration {

    @Bean
    static DynamicPropertyRegistrar testDatabase() {
        return TestDatabase::register;
    }
}
