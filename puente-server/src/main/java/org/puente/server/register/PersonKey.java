package org.puente.server.register;

import java.util.random.RandomGenerator;

/**
 * The stable person key: it plays the role of Peru's Código Único de Identificación de
 * Extranjeros (CUE, DS 011-2024-IN), assigned once at registration and never changed, whatever
 * documents the person later holds. Ten Crockford base-32 symbols and a mod-37 check symbol, so
 * a mistyped key is caught before it is looked up.
 */
public record PersonKey(String value) {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";
    private static final RandomGenerator RANDOM = org.puente.server.common.Ids.strongRandom();

    public PersonKey {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a person key");
        }
    }

    public static PersonKey random() {
        return random(RANDOM);
    }

    public static PersonKey random(RandomGenerator random) {
        StringBuilder body = new StringBuilder(11);
        long bits = random.nextLong(); // 50 of its bits: ten 5-bit symbols from one draw
        for (int i = 0; i < 10; i++, bits >>>= 5) {
            body.append(SYMBOLS.charAt((int) (bits & 31)));
        }
        return new PersonKey(body.append(check(body)).toString());
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 11) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (SYMBOLS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return check(value.substring(0, 10)) == value.charAt(10);
    }

    private static char check(CharSequence body) {
        long number = 0;
        for (int i = 0; i < body.length(); i++) {
            number = number * 32 + SYMBOLS.indexOf(body.charAt(i));
        }
        return CHECK_SYMBOLS.charAt((int) (number % 37));
    }

    /** Grouped for people to read aloud: {@code 7K3M-9QX2-T4*}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }
}
