package org.puente.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A Puente server on a random port with demo accounts (no demo people), on the test database.
 * Every test class with this annotation shares one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestDatabaseConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"puente.demo=true", "puente.demo-seed=false", "spring.thymeleaf.cache=false",
        "puente.seal.demo-key-file="})
public @interface IntegrationTest {
}
