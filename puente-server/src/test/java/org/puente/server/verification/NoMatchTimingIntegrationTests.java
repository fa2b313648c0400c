package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.server.register.DocumentType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An unknown number and a wrong birth date take the same time to answer, so timing cannot tell
 * which numbers exist. Measured in-process, interleaved, so machine noise hits both alike; the
 * check is coarse (overlapping middle halves, medians within half of each other) to stay robust
 * on a busy machine while still catching a path that skips the look-up, the rules or the record.
 */
@DemoRegister
class NoMatchTimingIntegrationTests {

    @Autowired
    Verifier verifier;

    @Test
    void anUnknownNumberAndAWrongBirthDateTakeTheSameTime() {
        var asker = Verifier.Asker.anonymous(Channel.PAGE);
        LocalDate wrong = LocalDate.of(1992, 3, 15);
        int rounds = 300;
        long[] unknown = new long[rounds];
        long[] wrongBirthDate = new long[rounds];
        for (int i = -100; i < rounds; i++) {
            long a = time(() -> verifier.verify(asker, DocumentType.CPP, "100999999", wrong, Locale.ROOT));
            long b = time(() -> verifier.verify(asker, DocumentType.CPP, "100000001", wrong, Locale.ROOT));
            if (i >= 0) {
                unknown[i] = a;
                wrongBirthDate[i] = b;
            }
        }
        Arrays.sort(unknown);
        Arrays.sort(wrongBirthDate);
        long q1a = unknown[rounds / 4], medA = unknown[rounds / 2], q3a = unknown[3 * rounds / 4];
        long q1b = wrongBirthDate[rounds / 4], medB = wrongBirthDate[rounds / 2], q3b = wrongBirthDate[3 * rounds / 4];
        String summary = "unknown %d/%d/%d µs, wrong birth date %d/%d/%d µs".formatted(
                q1a / 1000, medA / 1000, q3a / 1000, q1b / 1000, medB / 1000, q3b / 1000);

        System.out.println("NO_MATCH timing: " + summary);
        assertThat(q1a <= q3b && q1b <= q3a).as("middle halves overlap: " + summary).isTrue();
        assertThat((double) Math.max(medA, medB) / Math.min(medA, medB)).as(summary).isLessThan(1.5);
        assertThat(verifier.verify(asker, DocumentType.CPP, "100000001", wrong, Locale.ROOT).outcome())
                .isEqualTo(Outcome.NO_MATCH);
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
