package org.puente.server.verification;

import java.security.SecureRandom;

/**
 * Verification references people can read out and nobody can guess: sixteen Crockford base-32
 * symbols in groups of four, and a mod-37 check symbol. The first five symbols are the time in
 * milliseconds (modulo 2^25, about 9.3 hours) and the other eleven are 55 random bits, so
 * references made together sort together: each batch of records lands in a few pages of the
 * reference index instead of one page per record (decision 0016).
 */
final class References {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";
    /** Bits of the time at the head of a reference (five symbols); the other 55 are random. */
    private static final int TIME_BITS = 25;
    /** The JDK's DRBG: the default generator on Linux reads the kernel's pool, a system call per reference. */
    private static final SecureRandom RANDOM = org.puente.server.common.Ids.fastSecureRandom();

    private References() {
    }

    static String next() {
        return next(System.currentTimeMillis());
    }

    /** A reference made at {@code millis} (epoch milliseconds). */
    static String next(long millis) {
        // One call into the (synchronised) generator per reference: seven bytes, 55 bits of them used.
        byte[] bits = new byte[7];
        RANDOM.nextBytes(bits);
        long random = 0;
        for (byte b : bits) {
            random = (random << 8) | (b & 0xFFL);
        }
        random &= (1L << (80 - TIME_BITS)) - 1;
        // The time, then chance: 80 bits in two halves of 40, read five at a time from the top.
        long time = millis & ((1L << TIME_BITS) - 1);
        long high = (time << (40 - TIME_BITS)) | (random >>> 40); // symbols 1-8
        long low = random & ((1L << 40) - 1);                      // symbols 9-16
        StringBuilder out = new StringBuilder(20);
        int check = 0;
        for (int i = 0; i < 16; i++) {
            long half = i < 8 ? high : low;
            int symbol = (int) ((half >>> (35 - 5 * (i % 8))) & 31);
            check = (check * 32 + symbol) % 37;
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(SYMBOLS.charAt(symbol));
        }
        return out.append(CHECK_SYMBOLS.charAt(check)).toString();
    }

    static boolean isValid(String reference) {
        if (reference == null || reference.length() != 20) {
            return false;
        }
        int check = 0;
        int symbols = 0;
        for (int i = 0; i < 19; i++) {
            char c = reference.charAt(i);
            if (c == '-') {
                continue;
            }
            int symbol = SYMBOLS.indexOf(c);
            if (symbol < 0) {
                return false;
            }
            check = (check * 32 + symbol) % 37;
            symbols++;
        }
        return symbols == 16 && CHECK_SYMBOLS.charAt(check) == reference.charAt(19);
    }
}
