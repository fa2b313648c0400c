package org.puente.server.register;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A place in Peru as an INEI UBIGEO code: two digits of region (departamento), two of province,
 * two of district. Regions are checked against INEI's list; provinces and districts only by
 * form, until the full INEI table is loaded.
 */
public record Ubigeo(String code) {

    private static final Pattern FORM = Pattern.compile("\\d{6}");

    /** INEI department codes (the Constitutional Province of Callao is 07). */
    public static final Map<String, String> REGIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("01", "Amazonas"), Map.entry("02", "Áncash"), Map.entry("03", "Apurímac"),
            Map.entry("04", "Arequipa"), Map.entry("05", "Ayacucho"), Map.entry("06", "Cajamarca"),
            Map.entry("07", "Callao"), Map.entry("08", "Cusco"), Map.entry("09", "Huancavelica"),
            Map.entry("10", "Huánuco"), Map.entry("11", "Ica"), Map.entry("12", "Junín"),
            Map.entry("13", "La Libertad"), Map.entry("14", "Lambayeque"), Map.entry("15", "Lima"),
            Map.entry("16", "Loreto"), Map.entry("17", "Madre de Dios"), Map.entry("18", "Moquegua"),
            Map.entry("19", "Pasco"), Map.entry("20", "Piura"), Map.entry("21", "Puno"),
            Map.entry("22", "San Martín"), Map.entry("23", "Tacna"), Map.entry("24", "Tumbes"),
            Map.entry("25", "Ucayali")));

    public static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches() && REGIONS.containsKey(code.substring(0, 2))
                && !code.substring(2, 4).equals("00") && !code.substring(4, 6).equals("00");
    }

    public static Optional<String> regionName(String code) {
        return code == null || code.length() < 2 ? Optional.empty() : Optional.ofNullable(REGIONS.get(code.substring(0, 2)));
    }
}
