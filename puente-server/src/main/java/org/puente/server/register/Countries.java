package org.puente.server.register;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** ISO 3166-1 alpha-3 country codes, with their names in the user's language. */
public final class Countries {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3_TO_ALPHA2.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
    }

    private Countries() {
    }

    public static boolean isValid(String alpha3) {
        return alpha3 != null && ALPHA3_TO_ALPHA2.containsKey(alpha3);
    }

    public static String name(String alpha3, Locale locale) {
        String alpha2 = ALPHA3_TO_ALPHA2.get(alpha3);
        return alpha2 == null ? alpha3 : Locale.of("", alpha2).getDisplayCountry(locale);
    }

    /** All codes, sorted by name in the given language, the most frequent nationalities first. */
    public static List<String> forSelection(Locale locale) {
        List<String> first = List.of("VEN", "COL", "ECU", "BOL", "CUB", "HTI", "ARG", "CHL", "BRA", "CHN", "ESP", "USA");
        return ALPHA3_TO_ALPHA2.keySet().stream()
                .sorted(Comparator.<String>comparingInt(c -> first.contains(c) ? first.indexOf(c) : first.size())
                        .thenComparing(c -> name(c, locale)))
                .toList();
    }
}
