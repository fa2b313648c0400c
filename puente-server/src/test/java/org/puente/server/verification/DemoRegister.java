package org.puente.server.verification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.puente.server.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test whose server holds the fixed demo documents and the demo relying parties,
 * with an easy proof of work; every class with it shares one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {"puente.demo-seed=true", "puente.demo-people=0",
        "puente.verification.challenge-bits=10"})
@interface DemoRegister {
}
