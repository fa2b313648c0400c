package org.puente.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.puente.server.register.DocumentType;

class SealsTests {

    private final Seals seals = new Seals(new SealKeys("", "", true, ""));
    private final Seals.Content content = new Seals.Content(DocumentType.CPP, "100000001", "M. G.",
            LocalDate.of(2027, 11, 23), LocalDate.of(2026, 11, 23));

    @Test
    void aSealOpensToWhatWasSealed() {
        String token = seals.seal(content);

        assertThat(seals.open(token)).contains(content);
        assertThat(token.length()).as("fits a QR code a phone reads easily").isLessThan(400);
    }

    @Test
    void aChangedByteInTheMessageOrTheSignatureFailsTheCheck() {
        String token = seals.seal(content);
        int dot = token.indexOf('.');
        byte[] message = Base64.getUrlDecoder().decode(token.substring(0, dot));
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        for (int i = 0; i < message.length; i++) {
            byte[] changed = message.clone();
            changed[i] ^= 0x01;
            assertThat(seals.open(encode(changed) + "." + encode(signature))).as("message byte " + i).isEmpty();
        }
        for (int i = 0; i < signature.length; i++) {
            byte[] changed = signature.clone();
            changed[i] ^= 0x01;
            assertThat(seals.open(encode(message) + "." + encode(changed))).as("signature byte " + i).isEmpty();
        }
    }

    @Test
    void aSealSignedWithAnotherKeyFailsTheCheck() {
        String foreign = new Seals(new SealKeys("", "", true, "")).seal(content);

        assertThat(seals.open(foreign)).isEmpty();
        assertThat(seals.open("not-a-seal")).isEmpty();
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
