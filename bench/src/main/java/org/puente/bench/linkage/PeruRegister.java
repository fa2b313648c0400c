package org.puente.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic migrant register with known truth, in Puente's import columns plus person_id:
 * Venezuelan, Colombian, Peruvian, Ecuadorian, Bolivian and other Hispanic people, each with
 * several documents (cédula with its V- prefix, passport, CPP, PTP, CE), registered one or more
 * times with the slips of real intake: accents and ñ lost, upper case, typos, maternal surname
 * left out, both surnames in one field, given names and surnames swapped, nicknames, married
 * forms, compound given names cut short, dates day-first or with day and month swapped, a year
 * off, a digit off, placeholder dates, document numbers typed with or without prefix, dots and
 * zeros. Siblings (same surnames) and twins (same surnames and birth date, other given names and
 * documents) are the hard non-matches. Surnames follow a heavy-tailed distribution (Quispe,
 * García… are common), as in the real register.
 *
 *   PeruRegister OUT.csv PEOPLE [SEED]
 */
public final class PeruRegister {

    static final String[] FEMALE = {"María", "Ana", "Carmen", "Rosa", "Luisa", "Yolanda", "Gabriela", "Daniela",
            "Andrea", "Valentina", "Camila", "Sofía", "Isabel", "Patricia", "Milagros", "Yesenia", "Yusmary",
            "Yorgelis", "Dayana", "Yuleisy", "Marisol", "Gladys", "Liliana", "Karina", "Paola", "Natalia", "Carolina",
            "Alejandra", "Fernanda", "Josefa", "Dolores", "Concepción", "Rosario", "Guadalupe", "Teresa", "Mercedes",
            "Beatriz", "Lucía", "Elena", "Verónica", "Maribel", "Nayeli", "Mariangel", "Oriana", "Génesis", "Kimberly",
            "Ximena", "Jimena", "Nathaly", "Stefany", "Yamileth", "Zuleima", "Francisca", "Victoria", "Pilar",
            "Esperanza", "Flor", "Maritza", "Nelly", "Julia", "Raquel", "Sandra", "Mónica", "Claudia"};
    static final String[] MALE = {"José", "Luis", "Juan", "Carlos", "Jorge", "Miguel", "Pedro", "Francisco",
            "Jesús", "Antonio", "Manuel", "Rafael", "Alejandro", "Daniel", "Andrés", "Ricardo", "Fernando", "Eduardo",
            "Roberto", "Alberto", "Guillermo", "Enrique", "Ignacio", "Santiago", "Wilmer", "Jhonatan", "Yeferson",
            "Maikel", "Jhonny", "Edwin", "Richard", "Víctor", "Héctor", "Óscar", "Raúl", "Ángel", "Gustavo",
            "Sergio", "Gonzalo", "Alfonso", "Gregorio", "Adolfo", "Rodolfo", "Humberto", "Nicolás", "Tomás",
            "Javier", "Hugo", "Iván", "Kevin", "Brayan", "Anderson", "Wilfredo", "Freddy", "Eliécer", "Leonardo",
            "Cristian", "Diego", "Mateo", "Sebastián", "Samuel", "Julio", "César", "Ramón", "Vicente"};
    /** Surnames with a rough frequency weight (the head of the distribution is heavy, as in Peru and Venezuela). */
    static final String[] SURNAMES = {"Quispe:60", "García:45", "Rodríguez:40", "González:40", "Mamani:38",
            "Hernández:30", "Pérez:30", "Martínez:25", "López:25", "Flores:25", "Sánchez:22", "Ramírez:20",
            "Torres:18", "Díaz:18", "Rojas:16", "Huamán:16", "Condori:15", "Gómez:15", "Vásquez:14", "Castillo:14",
            "Chávez:13", "Gutiérrez:12", "Mendoza:12", "Moreno:12", "Romero:11", "Álvarez:11", "Jiménez:10",
            "Ruiz:10", "Herrera:10", "Medina:9", "Aguilar:9", "Castro:9", "Vargas:9", "Ramos:9", "Suárez:8",
            "Rivas:8", "Salazar:8", "Córdova:7", "Cruz:7", "Guzmán:7", "Espinoza:7", "Morales:7", "Núñez:6",
            "Peña:6", "Carrillo:6", "Zambrano:6", "Villalobos:5", "Bermúdez:5", "Urdaneta:5", "Briceño:5",
            "Colmenares:4", "Ocampo:4", "Cabrera:4", "Mejía:4", "Ortiz:4", "Paredes:4", "Palacios:4", "Valencia:4",
            "Cárdenas:4", "Ticona:4", "Apaza:4", "Choque:4", "Huanca:3", "Ccama:3", "Ñaupari:2", "Yupanqui:3",
            "Villanueva:3", "Delgado:3", "Navarro:3", "Montes:3", "Rincón:3", "Márquez:3", "Fuentes:3",
            "Contreras:3", "Escalona:2", "Linares:2", "Marcano:2", "Guerrero:3", "Figueroa:2", "Mora:3",
            "Sandoval:2", "Camacho:2", "Benítez:2", "Acosta:3", "Pineda:2", "Velásquez:2", "Arteaga:2",
            "de la Cruz:3", "del Castillo:2", "de la Torre:2", "Montesdeoca:1", "Quintero:2", "Osorio:2",
            "Cardona:2", "Giraldo:2", "Zapata:2", "Arango:1", "Londoño:1", "Betancourt:1", "Echeverría:1",
            "Yáñez:1", "Ibáñez:1", "Muñoz:3", "Toledo:1", "Zúñiga:1", "Orellana:1", "Quiroz:2", "Huertas:1",
            "Llanos:1", "Bravo:2", "Valdivia:1", "Pacheco:2", "Tapia:2", "Cisneros:1", "Gallardo:1", "Aranda:1",
            "Lozano:2", "Maldonado:2", "Silva:3", "Campos:2", "Cordero:1", "Solís:2", "Prieto:1", "Rivero:2",
            "Oviedo:1", "Barrios:2", "Mosquera:1", "Rangel:1", "Parra:2", "Guevara:2", "Hidalgo:1", "Sierra:1",
            "Villegas:1", "Soto:2", "León:2", "Nieves:1", "Blanco:2", "Padilla:1", "Arias:2", "Salas:2"};
    static final String[][] NICKNAMES = {{"José", "Pepe"}, {"Luis", "Lucho"}, {"Jesús", "Chucho"},
            {"Francisco", "Pancho"}, {"Francisco", "Paco"}, {"Ignacio", "Nacho"}, {"Dolores", "Lola"},
            {"Concepción", "Concha"}, {"Rosario", "Charo"}, {"Antonio", "Toño"}, {"Manuel", "Manolo"},
            {"Enrique", "Quique"}, {"Guillermo", "Memo"}, {"Roberto", "Beto"}, {"Alberto", "Beto"},
            {"Guadalupe", "Lupe"}, {"Rafael", "Rafa"}, {"Fernando", "Nando"}, {"Alejandro", "Alex"},
            {"Santiago", "Santi"}, {"Teresa", "Tere"}, {"Mercedes", "Meche"}, {"Patricia", "Paty"},
            {"Gregorio", "Goyo"}, {"Eduardo", "Lalo"}, {"Alfonso", "Poncho"}, {"Isabel", "Chabela"},
            {"Victoria", "Vicky"}, {"Gabriela", "Gaby"}, {"Daniela", "Dani"}, {"Juan", "Juancho"},
            {"Pilar", "Pili"}, {"Sergio", "Checo"}, {"Gonzalo", "Chalo"}, {"Vicente", "Chente"}, {"Ramón", "Moncho"}};
    static final String[][] NATIONALITIES = {{"VEN", "70"}, {"COL", "10"}, {"PER", "6"}, {"ECU", "5"}, {"BOL", "3"},
            {"CUB", "2"}, {"MEX", "1"}, {"ARG", "1"}, {"CHL", "1"}, {"DOM", "1"}};

    record Document(String type, String country, String number) {
    }

    record Person(long id, String nationality, String sex, List<String> given, String first, String second,
                  LocalDate birth, List<Document> documents, String husband) {
    }

    private final SplittableRandom r;
    private final double[] surnameCdf;
    private long nextPerson;
    private long nextRecord;

    PeruRegister(long seed) {
        r = new SplittableRandom(seed);
        surnameCdf = new double[SURNAMES.length];
        double sum = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            sum += Double.parseDouble(SURNAMES[i].split(":")[1]);
            surnameCdf[i] = sum;
        }
        for (int i = 0; i < SURNAMES.length; i++) {
            surnameCdf[i] /= sum;
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long people = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240611L;
        new PeruRegister(seed).write(out, people);
    }

    void write(Path out, long people) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("record_id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_type,"
                    + "document_number,person_id\n");
            long made = 0;
            while (made < people) {
                List<Person> family = family();
                for (Person p : family) {
                    int registrations = 1 + (r.nextDouble() < 0.35 ? 1 + (r.nextDouble() < 0.3 ? 1 + r.nextInt(3) : 0) : 0);
                    for (int k = 0; k < registrations; k++) {
                        w.write(record(p, k > 0));
                    }
                }
                made += family.size();
            }
        }
    }

    /** One person, or a group of siblings (sometimes twins) sharing both surnames. */
    private List<Person> family() {
        String nationality = weighted(NATIONALITIES);
        String first = surname();
        String second = surname();
        List<Person> people = new ArrayList<>();
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(r.nextInt(365 * 78));
        double kind = r.nextDouble();
        int size = kind < 0.80 ? 1 : kind < 0.97 ? 2 + r.nextInt(3) : 2; // last: twins
        boolean twins = kind >= 0.97;
        for (int i = 0; i < size; i++) {
            LocalDate b = i == 0 || twins ? birth : birth.plusDays((r.nextBoolean() ? 1 : -1) * (300 + r.nextInt(3000)));
            people.add(person(nationality, first, second, b));
        }
        return people;
    }

    private Person person(String nationality, String first, String second, LocalDate birth) {
        String sex = r.nextBoolean() ? "F" : "M";
        String[] names = sex.equals("F") ? FEMALE : MALE;
        List<String> given = new ArrayList<>();
        given.add(names[r.nextInt(names.length)]);
        if (r.nextDouble() < 0.45) {
            String more = names[r.nextInt(names.length)];
            if (!more.equals(given.get(0))) {
                given.add(more);
            }
        }
        List<Document> docs = new ArrayList<>();
        long id = nextPerson++;
        switch (nationality) {
            case "VEN" -> docs.add(new Document("FOREIGN_ID_CARD", "VEN", String.valueOf(5_000_000 + r.nextInt(30_000_000))));
            case "COL" -> docs.add(new Document("FOREIGN_ID_CARD", "COL", String.valueOf(1_000_000_000L + r.nextInt(99_999_999))));
            case "ECU" -> docs.add(new Document("FOREIGN_ID_CARD", "ECU", String.format("%010d", 100_000_000L + r.nextInt(900_000_000))));
            case "BOL" -> docs.add(new Document("FOREIGN_ID_CARD", "BOL", String.valueOf(1_000_000 + r.nextInt(9_000_000))));
            default -> { }
        }
        if (r.nextDouble() < 0.6 || docs.isEmpty()) {
            docs.add(new Document("PASSPORT", nationality, (char) ('A' + r.nextInt(26)) + String.valueOf(10_000_000 + r.nextInt(89_999_999))));
        }
        if (!nationality.equals("PER")) {
            double d = r.nextDouble();
            String type = d < 0.6 ? "CPP" : d < 0.8 ? "PTP" : "CE";
            docs.add(new Document(type, "PER", String.valueOf(100_000_000 + (id * 7919 + r.nextInt(7919)) % 899_999_999)));
        }
        String husband = sex.equals("F") && r.nextDouble() < 0.3 ? surname() : null;
        return new Person(id, nationality, sex, given, first, second, birth, docs, husband);
    }

    private String record(Person p, boolean again) {
        String given = String.join(" ", p.given());
        String first = p.first();
        String second = p.second();
        String sex = p.sex();
        String nationality = p.nationality();
        LocalDate b = p.birth();
        String date = b.toString();
        Document doc = p.documents().get(r.nextInt(p.documents().size()));
        String number = doc.number();
        if (again) {
            if (p.given().size() > 1 && r.nextDouble() < 0.12) {
                given = p.given().get(0);
            }
            if (r.nextDouble() < 0.05) {
                given = nickname(given);
            }
            if (r.nextDouble() < 0.10) {
                given = typo(given);
            }
            if (r.nextDouble() < 0.10) {
                first = typo(first);
            }
            if (r.nextDouble() < 0.07) {
                second = typo(second);
            }
            if (r.nextDouble() < 0.15) {
                second = "";
            } else if (p.husband() != null && r.nextDouble() < 0.25) {
                second = "de " + p.husband();
            }
            if (r.nextDouble() < 0.06 && !second.isEmpty()) {
                first = first + " " + second;
                second = "";
            }
            if (r.nextDouble() < 0.03) {
                String g = given;
                given = (first + " " + second).strip();
                first = g;
                second = "";
            }
            if (r.nextDouble() < 0.05) {
                sex = "";
            }
            if (r.nextDouble() < 0.03) {
                nationality = "";
            }
            double d = r.nextDouble();
            if (d < 0.05 && b.getDayOfMonth() <= 12) {
                date = String.format("%d-%02d-%02d", b.getYear(), b.getDayOfMonth(), b.getMonthValue());
            } else if (d < 0.09) {
                date = digitTypo(date);
            } else if (d < 0.11) {
                date = b.plusYears(r.nextBoolean() ? 1 : -1).toString();
            } else if (d < 0.13) {
                date = b.getYear() + "-01-01";
            } else if (d < 0.15) {
                date = "";
            }
            if (r.nextDouble() < 0.04) {
                number = typo(number);
            } else if (r.nextDouble() < 0.05) {
                number = "";
            }
        }
        // How the clerk typed it, first registration or not.
        if (r.nextDouble() < 0.4) {
            given = plain(given);
            first = plain(first);
            second = plain(second);
        }
        if (r.nextDouble() < 0.3) {
            given = given.toUpperCase(Locale.ROOT);
            first = first.toUpperCase(Locale.ROOT);
            second = second.toUpperCase(Locale.ROOT);
        }
        if (!date.isEmpty() && r.nextDouble() < 0.35) {
            String[] ymd = date.split("-");
            date = ymd[2] + "/" + ymd[1] + "/" + ymd[0];
        }
        if (doc.type().equals("FOREIGN_ID_CARD") && doc.country().equals("VEN") && !number.isEmpty()) {
            double f = r.nextDouble();
            number = f < 0.3 ? "V-" + dotted(number) : f < 0.5 ? "V" + number : f < 0.6 ? dotted(number) : number;
        } else if (!number.isEmpty() && r.nextDouble() < 0.1) {
            number = "0" + number;
        }
        return String.join(",", "R" + (nextRecord++), csv(given), csv(first), csv(second), sex, date, nationality,
                doc.type(), csv(number), String.valueOf(p.id())) + "\n";
    }

    private String nickname(String given) {
        String firstName = given.split(" ")[0];
        List<String> options = new ArrayList<>();
        for (String[] n : NICKNAMES) {
            if (n[0].equals(firstName)) {
                options.add(n[1]);
            }
        }
        return options.isEmpty() ? given : options.get(r.nextInt(options.size()));
    }

    private String typo(String s) {
        if (s.length() < 3) {
            return s;
        }
        int i = 1 + r.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        return switch (r.nextInt(4)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1); // deletion
            case 1 -> { // transposition
                char t = c[i];
                c[i] = c[i + 1 < c.length ? i + 1 : i - 1];
                c[i + 1 < c.length ? i + 1 : i - 1] = t;
                yield new String(c);
            }
            case 2 -> s.substring(0, i) + s.charAt(i) + s.substring(i); // doubled letter
            default -> { // a neighbouring key or a sound-alike
                char x = Character.toLowerCase(c[i]);
                char y = switch (x) {
                    case 'b' -> 'v'; case 'v' -> 'b'; case 's' -> 'z'; case 'z' -> 's'; case 'y' -> 'i'; case 'i' -> 'y';
                    case 'c' -> 's'; case 'g' -> 'j'; case 'j' -> 'g'; case 'n' -> 'm'; case 'm' -> 'n';
                    case 'e' -> 'i'; case 'o' -> 'u'; case 'a' -> 'e';
                    default -> Character.isDigit(x) ? (char) ('0' + (x - '0' + 1) % 10) : 'r';
                };
                c[i] = Character.isUpperCase(c[i]) ? Character.toUpperCase(y) : y;
                yield new String(c);
            }
        };
    }

    private String digitTypo(String iso) {
        char[] c = iso.toCharArray();
        int[] positions = {2, 3, 6, 8, 9};
        int i = positions[r.nextInt(positions.length)];
        c[i] = (char) ('0' + (c[i] - '0' + 1 + r.nextInt(8)) % 10);
        return new String(c);
    }

    private static String dotted(String digits) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = sb.length() - 3; i > 0; i -= 3) {
            sb.insert(i, '.');
        }
        return sb.toString();
    }

    private static String plain(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "");
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private String surname() {
        double x = r.nextDouble();
        int lo = 0;
        int hi = surnameCdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (surnameCdf[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        String base = SURNAMES[lo].split(":")[0];
        // The long tail: rare surnames are many; make most draws outside the head unique-ish.
        if (r.nextDouble() < 0.35) {
            return TAIL_PREFIX[r.nextInt(TAIL_PREFIX.length)] + TAIL_MIDDLE[r.nextInt(TAIL_MIDDLE.length)]
                    + TAIL_SUFFIX[r.nextInt(TAIL_SUFFIX.length)];
        }
        return base;
    }

    static final String[] TAIL_PREFIX = {"Alva", "Ber", "Cal", "Dar", "Esca", "Fal", "Gal", "Hur", "Iba", "Jara",
            "Lar", "Mal", "Nar", "Ola", "Par", "Qui", "Ral", "Sal", "Tal", "Ur", "Val", "Yar", "Zar", "Cha", "Hua",
            "Ccan", "Pau", "Ma", "Ti", "Co"};
    static final String[] TAIL_MIDDLE = {"", "", "", "ri", "la", "ta", "no", "ca", "me", "lu"};
    static final String[] TAIL_SUFFIX = {"dez", "rra", "zar", "guez", "mani", "nchez", "rez", "tos", "nega", "via",
            "pa", "lla", "ñez", "co", "quipa", "huay", "randa", "bal", "dona", "rdo", "ncio", "gas", "tes", "món",
            "ndo", "ruel", "vedra", "ciel", "bide", "rón"};

    private String weighted(String[][] options) {
        int total = 0;
        for (String[] o : options) {
            total += Integer.parseInt(o[1]);
        }
        int x = r.nextInt(total);
        for (String[] o : options) {
            x -= Integer.parseInt(o[1]);
            if (x < 0) {
                return o[0];
            }
        }
        return options[0][0];
    }
}
