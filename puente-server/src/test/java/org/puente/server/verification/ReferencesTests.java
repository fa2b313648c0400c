package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferencesTests {

    @Test
    void referencesAreUniqueReadableAndCarryACheckSymbol() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String reference = References.next();
            assertThat(reference).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}.");
            assertThat(References.isValid(reference)).isTrue();
            assertThat(seen.add(reference)).isTrue();
        }
    }

    @Test
    void aMistypedReferenceFailsItsCheck() {
        String reference = References.next();
        char first = reference.charAt(0);
        String mistyped = (first == '0' ? '1' : '0') + reference.substring(1);
        assertThat(References.isValid(mistyped)).isFalse();
    }
}
