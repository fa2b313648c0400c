package org.puente.server.register;

import java.util.concurrent.atomic.AtomicLong;

/** Registration requests for tests, each with a document number no other test uses. */
public final class TestPeople {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 100_000_000L);

    private TestPeople() {
    }

    /** A surname no other test uses: a rare root and eight random letters. */
    public static String uniqueSurname(String root) {
        var random = new java.security.SecureRandom();
        StringBuilder out = new StringBuilder(root);
        for (int i = 0; i < 8; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    /** A fresh 9-digit number, never the same twice in a run. */
    public static String uniqueNumber() {
        return String.format("%09d", 500_000_000L + (NEXT.incrementAndGet() % 400_000_000L));
    }

    public static String aVenezuelanAdultWithCpp(String number) {
        return """
                {"givenNames": "María José", "firstSurname": "González", "secondSurname": "Pérez", "sex": "F",
                 "birthDate": "1992-03-14", "nationality": "VEN",
                 "document": {"type": "CPP", "number": "%s", "issuingCountry": "PER",
                              "issuedOn": "2024-01-10", "expiresOn": "2030-01-10"}}
                """.formatted(number);
    }

    public static String aColombianWithCe(String givenNames, String firstSurname, String number) {
        return """
                {"givenNames": "%s", "firstSurname": "%s", "sex": "M", "birthDate": "1985-11-02",
                 "nationality": "COL",
                 "document": {"type": "CE", "number": "%s", "issuingCountry": "PER",
                              "issuedOn": "2024-05-01", "expiresOn": "2028-05-01"}}
                """.formatted(givenNames, firstSurname, number);
    }
}
