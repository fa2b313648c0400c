package org.puente.server.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** Time-ordered UUIDs (version 7, RFC 9562): index-friendly and unguessable enough for ids. */
public final class Ids {

    private static final SecureRandom RANDOM = fastSecureRandom();
    /** Cryptographically strong bits, drawn 4 KiB at a time: one generator call per 500 draws. */
    private static final ThreadLocal<java.nio.ByteBuffer> BITS =
            ThreadLocal.withInitial(() -> java.nio.ByteBuffer.allocate(4096).position(4096));
    private static final java.util.random.RandomGenerator STRONG = Ids::strongLong;

    private Ids() {
    }

    /**
     * A cryptographically strong generator that does not make a system call per draw (the
     * default on Linux reads the kernel's pool each time, which a bulk import feels). The JDK's
     * DRBG (NIST SP 800-90A), seeded once from the system, where available.
     */
    public static SecureRandom fastSecureRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** A generator of strong random bits for identifiers and keys, cheap per draw. */
    public static java.util.random.RandomGenerator strongRandom() {
        return STRONG;
    }

    private static long strongLong() {
        java.nio.ByteBuffer bits = BITS.get();
        if (bits.remaining() < Long.BYTES) {
            RANDOM.nextBytes(bits.array());
            bits.clear();
        }
        return bits.getLong();
    }

    public static UUID next() {
        return next(Clock.systemUTC());
    }

    /**
     * The smallest id minted at or after an instant: {@code id > floor(t)} selects, through the
     * primary key, the rows created since {@code t}.
     */
    public static UUID floor(java.time.Instant at) {
        return new UUID((at.toEpochMilli() << 16) | 0x7000L, 0x8000000000000000L);
    }

    /**
     * An id written into SQL text, for polls of "rows newer than this id" that run every few
     * seconds. As a bound parameter, PostgreSQL soon plans such a statement once for any value,
     * and a range of unknown width gets a full-table scan; as a literal, each poll is planned for
     * its value and reads a few rows through the primary key. Safe: a UUID's text is hex digits
     * and dashes only.
     */
    public static String literal(UUID id) {
        return "cast('" + id + "' as uuid)";
    }

    public static UUID next(Clock clock) {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (strongLong() & 0x0FFFL);
        long low = (strongLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
