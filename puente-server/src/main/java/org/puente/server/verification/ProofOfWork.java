package org.puente.server.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A challenge that costs a browser a fraction of a second and a guessing script as much per try:
 * find a number whose SHA-256 with the token starts with {@code difficulty} zero bits. Tokens are
 * signed (HMAC) for one address, expire after ten minutes and are accepted once; no third-party
 * service is involved. Several instances share {@code puente.verification.challenge-secret}.
 */
@Component
class ProofOfWork {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final long LIFETIME_SECONDS = 600;

    /** What the page hands the browser. */
    record Challenge(String token, int difficulty) {
    }

    private final byte[] secret;
    private final int difficulty;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Long> used = new ConcurrentHashMap<>();

    ProofOfWork(@Value("${puente.verification.challenge-secret:}") String configured,
                @Value("${puente.verification.challenge-bits:18}") int difficulty, Clock clock) {
        if (configured.isBlank()) {
            this.secret = new byte[32];
            random.nextBytes(this.secret);
        } else {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
        }
        this.difficulty = difficulty;
        this.clock = clock;
    }

    Challenge issue(String address) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        ByteBuffer payload = ByteBuffer.allocate(21).put(nonce)
                .putLong(clock.instant().getEpochSecond() + LIFETIME_SECONDS).put((byte) difficulty);
        String body = B64.encodeToString(payload.array());
        return new Challenge(body + "." + B64.encodeToString(mac(body, address)), difficulty);
    }

    /** Whether the solution solves this address's unexpired, unused challenge. */
    boolean accept(String token, String solution, String address) {
        if (token == null || solution == null || token.length() > 100 || solution.length() > 20) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(body, address), B64D.decode(token.substring(dot + 1)))) {
                return false;
            }
            ByteBuffer payload = ByteBuffer.wrap(B64D.decode(body));
            payload.position(12);
            long expires = payload.getLong();
            int bits = payload.get();
            if (expires < clock.instant().getEpochSecond() || !leadingZeroBits(token + ":" + solution, bits)) {
                return false;
            }
            return used.putIfAbsent(token, expires) == null;
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException malformed) {
            return false;
        }
    }

    static boolean leadingZeroBits(String text, int bits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < bits; i++) {
                if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                    return false;
                }
            }
            return true;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(String body, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((body + "|" + address).getBytes(StandardCharsets.UTF_8));
            byte[] full = mac.doFinal();
            return java.util.Arrays.copyOf(full, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetExpired() {
        long now = clock.instant().getEpochSecond();
        used.entrySet().removeIf(e -> e.getValue() < now);
    }
}
