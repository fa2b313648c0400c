package org.puente.server.register;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic made-up people for demos and load tests, following the 2023 CPP round's figures
 * (fact sheet §10.2): nationality, region, sex and age mix. Person {@code n} of a seed is always
 * the same person, so a run can be repeated or continued; record ids are {@code demo-<seed>-<n>}
 * and document numbers are a bijection of (seed, n), so they never repeat within a seed.
 */
final class DemoPeople {

    private static final String[] FEMALE = {"María José", "María Fernanda", "Ana Lucía", "Yelitza Carolina",
            "Daniela", "Andreína", "Gabriela", "Valentina", "Luisa Elena", "Carmen Rosa", "Yusmary", "Génesis",
            "María Alejandra", "Rosa María", "Sofía", "Isabel", "Mariángel", "Karla Patricia"};
    private static final String[] MALE = {"José Gregorio", "Luis Alberto", "Carlos Andrés", "Jesús Manuel",
            "Juan Carlos", "Miguel Ángel", "José Luis", "Pedro Pablo", "Andrés Eloy", "Jhonny", "Yorman",
            "Luis Fernando", "Víctor Hugo", "Ramón", "Santiago", "Diego Alejandro", "Óscar", "Héctor"};
    private static final String[] SURNAMES = {"González", "Rodríguez", "Pérez", "Hernández", "García", "Martínez",
            "López", "Díaz", "Sánchez", "Ramírez", "Torres", "Rojas", "Mendoza", "Fernández", "Gómez", "Silva",
            "Castillo", "Moreno", "Gutiérrez", "Muñoz", "Suárez", "Romero", "Álvarez", "Briceño", "Villalobos",
            "Peña", "Chacón", "Núñez", "Zambrano", "Quintero"};
    private static final String[] PERUVIAN_SURNAMES = {"Quispe", "Huamán", "Mamani", "Flores", "Ccori", "Condori"};
    private static final String[] OTHER_NATIONALITIES = {"BOL", "HTI", "ARG", "CHL", "BRA", "CHN", "ESP", "USA"};
    private static final String[] OTHER_REGIONS = {"07", "02", "24", "11", "08", "12", "22", "25", "16", "06"};

    private final long seed;
    private final LocalDate today;

    DemoPeople(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    static String recordId(long seed, long n) {
        return "demo-" + seed + "-" + n;
    }

    BulkDraft person(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        String nationality = pick(r, new double[] {94.3, 2.4, 0.9, 0.6, 1.8},
                new String[] {"VEN", "COL", "CUB", "ECU", "OTHER"});
        if (nationality.equals("OTHER")) {
            nationality = OTHER_NATIONALITIES[r.nextInt(OTHER_NATIONALITIES.length)];
        }
        Sex sex = r.nextBoolean() ? Sex.F : Sex.M;
        String band = pick(r, new double[] {15.1, 10.5, 72.1, 2.3}, new String[] {"0-10", "11-17", "18-59", "60+"});
        int age = switch (band) {
            case "0-10" -> r.nextInt(0, 11);
            case "11-17" -> r.nextInt(11, 18);
            case "18-59" -> r.nextInt(18, 60);
            default -> r.nextInt(60, 86);
        };
        LocalDate birth = today.minusYears(age).minusDays(r.nextInt(1, 365));
        String given = pickName(r, sex == Sex.F ? FEMALE : MALE);
        String first = SURNAMES[r.nextInt(SURNAMES.length)];
        // Children born in Peru often carry a Peruvian parent's surname.
        String second = age < 8 && r.nextInt(4) == 0 ? PERUVIAN_SURNAMES[r.nextInt(PERUVIAN_SURNAMES.length)]
                : r.nextInt(20) == 0 ? null : SURNAMES[r.nextInt(SURNAMES.length)];
        String region = pick(r, new double[] {68.2, 8.4, 4.1, 3.5, 3.1, 12.9},
                new String[] {"15", "13", "20", "14", "04", "OTHER"});
        if (region.equals("OTHER")) {
            region = OTHER_REGIONS[r.nextInt(OTHER_REGIONS.length)];
        }
        String ubigeo = region + String.format("%02d%02d", r.nextInt(1, 11), r.nextInt(1, 31));
        String phone = age >= 16 && r.nextInt(10) < 7
                ? String.format("+51 9%02d %03d %03d", r.nextInt(100), r.nextInt(1000), r.nextInt(1000)) : null;
        String email = age >= 16 && r.nextInt(10) < 4
                ? Names.fold(given).replace(' ', '.') + "." + Names.fold(first).replace(' ', '.') + n + "@correo.example"
                : null;
        return document(r, n, new NewPerson(given, first, second, sex, birth, nationality,
                new Contact(phone, email, ubigeo, null), null, recordId(seed, n)));
    }

    private BulkDraft document(SplittableRandom r, long n, NewPerson p) {
        boolean venezuelan = p.nationality().equals("VEN");
        DocumentType type = venezuelan
                ? pick(r, new double[] {50, 12, 25, 9, 4}, new DocumentType[] {DocumentType.CPP, DocumentType.PTP,
                        DocumentType.CE, DocumentType.ASYLUM_SEEKER_CARD, DocumentType.PASSPORT})
                : pick(r, new double[] {40, 35, 10, 15}, new DocumentType[] {DocumentType.CPP, DocumentType.CE,
                        DocumentType.ASYLUM_SEEKER_CARD, DocumentType.PASSPORT});
        long unique = scramble(Math.floorMod(seed, 97) * 1_000_000L + n);
        String number = switch (type) {
            case CPP -> String.format("1%08d", unique);
            case CE -> String.format("2%08d", unique);
            case ASYLUM_SEEKER_CARD -> String.format("3%08d", unique);
            case PTP -> String.format("4%08d%03d", unique, r.nextInt(1000));
            default -> String.format("P%08d", unique);
        };
        if (number.equals("100000001") || number.equals("200000002") || number.equals("100000003")
                || number.equals("200000004") || number.equals("300000005")) {
            number = number.substring(0, 1) + "99" + number.substring(3);
        }
        String issuer = type == DocumentType.PASSPORT ? p.nationality() : "PER";
        int validityYears = switch (type) {
            case CE -> 4;
            case CPP -> 2;
            case PTP -> 1;
            default -> 5;
        };
        LocalDate issued = type == DocumentType.PTP ? LocalDate.of(2018, 1, 23).plusDays(r.nextInt(700))
                : today.minusDays(r.nextInt(30, 365 * validityYears + 200));
        if (issued.isBefore(p.birthDate())) {
            issued = p.birthDate().plusDays(1);
        }
        LocalDate expires = issued.plusYears(validityYears);
        BulkDraft.DocumentState state = BulkDraft.DocumentState.ISSUED;
        int roll = r.nextInt(100);
        if (roll < 2) {
            state = BulkDraft.DocumentState.revoked("Cancelación de la calidad migratoria por resolución administrativa");
        } else if (roll < 8 && type == DocumentType.CPP) {
            LocalDate extended = expires.plusDays(42);
            state = BulkDraft.DocumentState.extendedFrom(expires, "Prórroga de 30 días hábiles (DS 003-2023-IN)");
            expires = extended;
        }
        if (expires.isAfter(today.plusYears(20))) {
            expires = today.plusYears(5);
        }
        boolean work = type != DocumentType.PASSPORT && (type != DocumentType.ASYLUM_SEEKER_CARD || r.nextBoolean());
        NewPerson person = new NewPerson(p.givenNames(), p.firstSurname(), p.secondSurname(), p.sex(), p.birthDate(),
                p.nationality(), p.contact(), new NewDocument(type, number, issuer, issued, expires, work),
                p.sourceRecordId());
        return new BulkDraft(n, person, status(type, issued, expires), state);
    }

    private static NewStatus status(DocumentType type, LocalDate from, LocalDate to) {
        return switch (type) {
            case CPP -> new NewStatus(CalidadMigratoria.PERMISO_TEMPORAL_DE_PERMANENCIA, from, to, "DS 010-2020-IN");
            case PTP -> new NewStatus(CalidadMigratoria.PERMISO_TEMPORAL_DE_PERMANENCIA, from, to, "DS 001-2018-IN");
            case CE -> new NewStatus(CalidadMigratoria.ESPECIAL_RESIDENTE, from, from.plusYears(1),
                    "DL 1350 art. 29; DS 003-2023-IN");
            case ASYLUM_SEEKER_CARD -> new NewStatus(CalidadMigratoria.SOLICITANTE_DE_REFUGIO, from, null,
                    "Ley 27891");
            default -> null;
        };
    }

    private static String pickName(SplittableRandom r, String[] names) {
        return names[r.nextInt(names.length)];
    }

    /** A bijection of 0..10^8-1, so consecutive people get unrelated-looking numbers. */
    private static long scramble(long x) {
        return Math.floorMod(x * 37_123_457L + 12_345_679L, 100_000_000L);
    }

    private static <T> T pick(SplittableRandom r, double[] weights, T[] values) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** The fixed demo set the README lists: the same six documents in every demo register. */
    static List<BulkDraft> fixedSet(LocalDate today) {
        String revocation = "Cancelación de la calidad migratoria por resolución administrativa";
        return List.of(
                fixed(1, "María José", "González", "Pérez", Sex.F, "1992-03-14", "VEN", DocumentType.CPP, "100000001",
                        today.minusYears(1), today.plusYears(1), true, null, BulkDraft.DocumentState.ISSUED),
                fixed(2, "Carlos Andrés", "Rodríguez", "Gómez", Sex.M, "1985-11-02", "COL", DocumentType.CE, "200000002",
                        today.minusYears(2), today.plusYears(2), true,
                        CalidadMigratoria.TRABAJADOR_RESIDENTE, BulkDraft.DocumentState.ISSUED),
                fixed(3, "Luis Alberto", "Martínez", "Rojas", Sex.M, "1990-07-21", "VEN", DocumentType.CPP, "100000003",
                        today.minusDays(60).minusYears(2), today.minusDays(60), true, null,
                        BulkDraft.DocumentState.ISSUED),
                fixed(4, "Ana Lucía", "Fernández", "Díaz", Sex.F, "1979-01-30", "VEN", DocumentType.CE, "200000004",
                        today.minusYears(1), today.plusYears(3), true, null,
                        BulkDraft.DocumentState.revoked(revocation)),
                fixed(5, "José Gregorio", "Hernández", "Silva", Sex.M, "1996-09-09", "VEN",
                        DocumentType.ASYLUM_SEEKER_CARD, "300000005", today.minusMonths(8), today.plusMonths(4), true,
                        CalidadMigratoria.SOLICITANTE_DE_REFUGIO, BulkDraft.DocumentState.ISSUED),
                fixed(6, "Yelitza Carolina", "Pérez", "Mendoza", Sex.F, "1988-12-12", "VEN", DocumentType.PTP,
                        "400000006", LocalDate.of(2018, 6, 1), LocalDate.of(2019, 6, 1), true, null,
                        BulkDraft.DocumentState.ISSUED));
    }

    private static BulkDraft fixed(int n, String given, String first, String second, Sex sex, String birth,
                                   String nationality, DocumentType type, String number, LocalDate issued,
                                   LocalDate expires, boolean work, CalidadMigratoria category,
                                   BulkDraft.DocumentState state) {
        NewStatus status = category == null ? null : new NewStatus(category, issued,
                category == CalidadMigratoria.SOLICITANTE_DE_REFUGIO ? null : expires,
                category == CalidadMigratoria.SOLICITANTE_DE_REFUGIO ? "Ley 27891" : "DL 1350 art. 29");
        return new BulkDraft(n, new NewPerson(given, first, second, sex, LocalDate.parse(birth), nationality,
                // A phone and an e-mail so the holder's one-time code can be sent (demo mailbox).
                new Contact(String.format("+51 900 000 %03d", n), "titular" + n + "@correo.example", null, null),
                new NewDocument(type, number, "PER", issued, expires, work), "demo-fixed-" + n),
                status, state);
    }
}
