package org.puente.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small registers for tests: distinct people, some registered twice with the errors clerks make. */
final class TestPeople {

    static final String[] GIVEN = {"José", "Luis", "María", "Carmen", "Juan", "Rosa", "Carlos", "Ana", "Jorge",
            "Lucía", "Pedro", "Elena", "Miguel", "Sofía", "Andrés", "Valentina", "Daniel", "Gabriela", "Ricardo",
            "Yolanda", "Wilmer", "Yessenia", "Jhonatan", "Milagros", "Víctor", "Ximena", "Héctor", "Gladys",
            "Fernando", "Patricia", "Raúl", "Liliana", "Óscar", "Maribel", "Edwin", "Karina"};
    static final String[] SURNAMES = {"Quispe", "García", "Rodríguez", "Mamani", "Flores", "Pérez", "González",
            "Sánchez", "Ramírez", "Torres", "Castillo", "Vásquez", "Chávez", "Rojas", "Gutiérrez", "Mendoza",
            "Núñez", "Ñaupari", "Huamán", "Hernández", "Córdova", "Salazar", "Zambrano", "Villalobos", "Bermúdez",
            "Carrillo", "Jiménez", "Peña", "Urdaneta", "Briceño", "Colmenares", "Ocampo", "Herrera", "Cabrera"};

    private TestPeople() {
    }

    /**
     * {@code people} distinct people, each with a CPP; every third is registered again, with one of
     * the usual slips: a typo in the surname, the maternal surname left out, day and month
     * swapped, or no error at all but another document.
     */
    static List<PersonRecord> register(int people, long seed) {
        Random r = new Random(seed);
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String given = GIVEN[r.nextInt(GIVEN.length)];
            String first = SURNAMES[r.nextInt(SURNAMES.length)];
            String second = SURNAMES[r.nextInt(SURNAMES.length)];
            String date = String.format("%d-%02d-%02d", 1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String sex = r.nextBoolean() ? "F" : "M";
            String number = String.valueOf(100_000_000 + r.nextInt(800_000_000));
            out.add(PersonRecord.builder("p" + i).givenNames(given).surnames(first, second).sex(sex).birthDate(date)
                    .nationality("VEN").document("CPP", "PER", number).build());
            if (i % 3 == 0) {
                var again = PersonRecord.builder("p" + i + "-again").givenNames(given).sex(sex).nationality("VEN");
                switch ((i / 3) % 4) {
                    case 0 -> again.surnames(first.length() > 4 ? first.substring(0, 2) + first.substring(3) : first + "e",
                            second).birthDate(date).document("CPP", "PER", number);
                    case 1 -> again.surnames(first, null).birthDate(date).document("CPP", "PER", number);
                    case 2 -> again.surnames(first, second).birthDate(date.substring(0, 5) + date.substring(8) + "-"
                            + date.substring(5, 7)).document("CPP", "PER", number);
                    default -> again.surnames(first, second).birthDate(date)
                            .document("PASSPORT", "VEN", "P" + (1_000_000 + r.nextInt(8_000_000)));
                }
                out.add(again.build());
            }
        }
        return out;
    }

    static PersonRecord.Builder person(String id) {
        return PersonRecord.builder(id).nationality("VEN").sex("F");
    }
}
