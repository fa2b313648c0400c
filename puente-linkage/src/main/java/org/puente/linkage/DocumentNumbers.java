package org.puente.linkage;

import java.util.Locale;
import java.util.Map;

/**
 * Identity-document numbers as they compare: separators and case removed, the Venezuelan
 * cédula's nationality letter ("V-12.345.678") and Colombia's "CC" dropped, leading zeros
 * dropped, and numbers clerks type for "unknown" (all one digit, 123456789) discarded. A
 * document's kind is its type and issuing country: two different numbers of the same kind
 * are evidence of two people, numbers of different kinds are not comparable.
 */
final class DocumentNumbers {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("CEDULA", "FOREIGN_ID_CARD"), Map.entry("CI", "FOREIGN_ID_CARD"),
            Map.entry("CC", "FOREIGN_ID_CARD"), Map.entry("CEDULA_DE_IDENTIDAD", "FOREIGN_ID_CARD"),
            Map.entry("DNI", "FOREIGN_ID_CARD"), Map.entry("ID_CARD", "FOREIGN_ID_CARD"),
            Map.entry("PASAPORTE", "PASSPORT"), Map.entry("PASSPORT", "PASSPORT"), Map.entry("PAS", "PASSPORT"),
            Map.entry("CARNE_DE_EXTRANJERIA", "CE"), Map.entry("CARNE_EXTRANJERIA", "CE"),
            Map.entry("CPP", "CPP"), Map.entry("PTP", "PTP"), Map.entry("CE", "CE"),
            Map.entry("CE_REFUGEE", "CE_REFUGEE"), Map.entry("ASYLUM_SEEKER_CARD", "ASYLUM_SEEKER_CARD"),
            Map.entry("FOREIGN_ID_CARD", "FOREIGN_ID_CARD"));
    /** Cards Peru issues: their country is Peru whatever the holder's nationality. */
    private static final java.util.Set<String> PERUVIAN = java.util.Set.of("CE", "CE_REFUGEE", "CPP", "PTP",
            "ASYLUM_SEEKER_CARD");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KINDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private DocumentNumbers() {
    }

    /** The document's kind, "TYPE/COUNTRY"; empty when the type is not known (then it compares with any kind). */
    static String kind(String type, String country, String nationality) {
        if (Text.isMissing(type)) {
            return "";
        }
        String key = type + "\u0000" + country + "\u0000" + nationality;
        String known = KINDS.get(key);
        if (known != null) {
            return known;
        }
        String kind = kindOf(type, country, nationality);
        if (KINDS.size() < 10_000) {
            KINDS.put(key, kind);
        }
        return kind;
    }

    private static String kindOf(String type, String country, String nationality) {
        String t = SPACES.matcher(Text.fold(type).strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        t = TYPES.getOrDefault(t, t);
        String c;
        if (PERUVIAN.contains(t)) {
            c = "PER";
        } else if (!Text.isMissing(country)) {
            c = country.strip().toUpperCase(Locale.ROOT);
        } else {
            c = Text.isMissing(nationality) ? "" : nationality.strip().toUpperCase(Locale.ROOT);
        }
        return t + "/" + c;
    }

    /** The number as it compares, or null when it carries no identity (missing, too short, a placeholder). */
    static String normalise(String kind, String number) {
        if (Text.isMissing(number)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '.' || c == '-' || c == '/' || c == '_' || c == ',' || Character.isWhitespace(c)) {
                continue;
            }
            sb.append(Character.toUpperCase(c));
        }
        String plain = sb.toString();
        if (kind.startsWith("FOREIGN_ID_CARD/VEN") || kind.isEmpty() || kind.startsWith("FOREIGN_ID_CARD/")) {
            if (plain.length() > 1 && (plain.charAt(0) == 'V' || plain.charAt(0) == 'E')
                    && allDigits(plain, 1) && (kind.isEmpty() || kind.endsWith("/VEN") || kind.endsWith("/"))) {
                plain = plain.substring(1);
            }
            if (plain.startsWith("CC") && allDigits(plain, 2)) {
                plain = plain.substring(2);
            }
        }
        int zeros = 0;
        while (zeros < plain.length() - 1 && plain.charAt(zeros) == '0') {
            zeros++;
        }
        plain = plain.substring(zeros);
        if (plain.length() < 4 || isPlaceholder(plain)) {
            return null;
        }
        return plain;
    }

    private static boolean allDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlaceholder(String s) {
        boolean same = true;
        boolean ascending = true;
        for (int i = 1; i < s.length(); i++) {
            same &= s.charAt(i) == s.charAt(0);
            ascending &= s.charAt(i) == s.charAt(i - 1) + 1 || (s.charAt(i) == '0' && s.charAt(i - 1) == '9');
        }
        return same || ascending;
    }
}
