package org.puente.server.verification;

import org.puente.server.common.InvalidInput;

/**
 * A Registro Único de Contribuyentes number (SUNAT): eleven digits, starting 10, 15, 16, 17 or
 * 20, the last a modulo-11 check digit over the first ten with weights 5,4,3,2,7,6,5,4,3,2.
 */
record Ruc(String value) {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    Ruc {
        if (!isValid(value)) {
            throw new InvalidInput("ruc", "verification.ruc.invalid");
        }
    }

    static boolean isValid(String value) {
        if (value == null || !value.matches("(10|15|16|17|20)\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 1 : check;
        return value.charAt(10) - '0' == check;
    }

    /** The check digit that completes ten digits, for demo data and tests. */
    static String complete(String tenDigits) {
        for (int d = 0; d <= 9; d++) {
            if (isValid(tenDigits + d)) {
                return tenDigits + d;
            }
        }
        throw new IllegalArgumentException("no check digit completes " + tenDigits);
    }
}
