package org.puente.server.verification;

import java.security.SecureRandom;

/**
 * Verification references people can read out and nobody can guess: 80 random bits as sixteen
 * Crockford base-32 symbols in groups of four, and a mod-37 check symbol.
 */
final class References {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";
    /** The JDK's DRBG: the default generator on Linux reads the kernel's pool, a system call per reference. */
    private static final SecureRandom RANDOM = org.puente.server.common.Ids.fastSecureRandom();

    private References() {
    }

    static String next() {
        // One call into the (synchronised) generator per reference: 80 bits, five at a time.
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        long high = ((bits[0] & 0xFFL) << 32) | ((bits[1] & 0xFFL) << 24) | ((bits[2] & 0xFFL) << 16)
                | ((bits[3] & 0xFFL) << 8) | (bits[4] & 0xFFL);
        long low = ((bits[5] & 0xFFL) << 32) | ((bits[6] & 0xFFL) << 24) | ((bits[7] & 0xFFL) << 16)
                | ((bits[8] & 0xFFL) << 8) | (bits[9] & 0xFFL);
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
