package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    void referencesMadeLaterSortAfterEarlierOnesAndDifferInTheirRandomPart() {
        long now = 1_764_000_000_000L;
        String earlier = References.next(now);
        String later = References.next(now + 1);
        String sameMoment = References.next(now);
        // The time is the first five symbols; a millisecond later sorts after.
        assertThat(earlier.substring(0, 6)).isLessThan(later.substring(0, 6));
        assertThat(sameMoment.substring(0, 6)).isEqualTo(earlier.substring(0, 6));
        assertThat(sameMoment).isNotEqualTo(earlier);
        // Over an hour of references, their order is the order they were made in.
        List<String> made = new ArrayList<>();
        for (long t = now; t < now + 3_600_000; t += 36_000) {
            made.add(References.next(t).substring(0, 6));
        }
        assertThat(made).isSorted();
    }

    @Test
    void theRandomPartUsesAllItsSymbols() {
        // Symbols 6 to 16 are chance: every symbol shows up at every position.
        List<Set<Character>> seen = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            seen.add(new HashSet<>());
        }
        for (int i = 0; i < 5_000; i++) {
            String reference = References.next(0);
            for (int p = 0; p < 19; p++) {
                seen.get(p).add(reference.charAt(p));
            }
        }
        for (int p : new int[] {6, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18}) {
            assertThat(seen.get(p)).as("position %d", p).hasSize(32);
        }
        assertThat(seen.get(0)).as("time, all zero").containsExactly('0');
    }

    @Test
    void aMistypedReferenceFailsItsCheck() {
        String reference = References.next();
        char first = reference.charAt(0);
        String mistyped = (first == '0' ? '1' : '0') + reference.substring(1);
        assertThat(References.isValid(mistyped)).isFalse();
    }
}
