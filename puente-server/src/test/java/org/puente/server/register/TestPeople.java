package org.puente.server.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.puente.server.access.Staff;

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

    /** One person registered twice by {@link #aRegisterToLearnFrom}: a CPP in one record, a passport in the other. */
    public record Twice(java.util.UUID first, java.util.UUID second) {
    }

    private static List<Twice> seeded;

    /**
     * Registers, once per test run, 240 generated people and registers every third of them a
     * second time (accents lost, maternal surname sometimes missing, a passport instead of the
     * CPP), so the linkage engine has a register to learn its weights from. Returns those pairs.
     */
    public static synchronized List<Twice> aRegisterToLearnFrom(Register register) {
        if (seeded != null) {
            return seeded;
        }
        Staff system = Staff.system("test-seed");
        String[] given = {"María José", "José Luis", "Ana Lucía", "Carlos Eduardo", "Rosa", "Pedro Pablo", "Yessenia",
                "Luis Alberto", "Milagros", "Jesús", "Gladys", "Wilmer", "Daniela", "Franklin", "Yuleisy", "Andrés"};
        String[] surnames = {"García", "Rojas", "Pérez", "Urdaneta", "Mendoza", "Flores", "Torres", "Castillo",
                "Quispe", "Rodríguez", "Colmenares", "Briceño", "Ocampo", "Herrera", "Salazar", "Villegas", "Zambrano",
                "Mamani", "Gutiérrez", "Chirinos"};
        String[] nationalities = {"VEN", "VEN", "VEN", "COL", "ECU"};
        String family = uniqueSurname("Huaman");
        java.util.Random r = new java.util.Random(20_251_123);
        List<Twice> twice = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String g = given[r.nextInt(given.length)];
            String first = surnames[r.nextInt(surnames.length)] + (i % 5 == 0 ? " " + family : "");
            String second = surnames[r.nextInt(surnames.length)];
            Sex sex = r.nextBoolean() ? Sex.F : Sex.M;
            LocalDate born = LocalDate.of(1965 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String nationality = nationalities[r.nextInt(nationalities.length)];
            var one = register.register(new NewPerson(g, first, second, sex, born, nationality, null,
                    new NewDocument(DocumentType.CPP, uniqueNumber(), "PER", LocalDate.of(2023, 1, 10),
                            LocalDate.of(2030, 1, 10), true), null), system, "procedure");
            if (i % 3 == 0) {
                var again = register.register(new NewPerson(withoutAccents(g), withoutAccents(first),
                        i % 2 == 0 ? null : second, sex, born, nationality, null, new NewDocument(DocumentType.PASSPORT,
                        "P" + uniqueNumber(), nationality, null, null, false), null), system, "procedure");
                twice.add(new Twice(one, again));
            }
        }
        seeded = List.copyOf(twice);
        return seeded;
    }

    static String withoutAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
