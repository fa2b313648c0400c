package org.puente.server.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names as search sees them: accents and case folded ("Núñez" → "nunez"), punctuation dropped,
 * and the particles of Spanish surnames ("de", "del", "de la", "y") left out, so
 * "María de la Cruz" and "MARIA CRUZ" agree.
 */
public final class Names {

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "do", "dos");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    private Names() {
    }

    /** Lower case, no accents, letters and digits separated by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return letters(Normalizer.normalize(text, Normalizer.Form.NFD));
            }
        }
        return letters(text);
    }

    /** Lower-case a–z and 0–9 runs joined by single spaces; combining marks dropped. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(lower);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The distinct searchable tokens of the given name parts, particles removed. */
    public static List<String> tokens(String... parts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String part : parts) {
            for (String token : fold(part).split(" ")) {
                if (!token.isEmpty() && !PARTICLES.contains(token) && token.length() <= 80) {
                    tokens.add(token);
                }
            }
        }
        return new ArrayList<>(tokens);
    }

    /** Every string one edit (deletion, transposition, substitution, insertion) away from a token. */
    public static Set<String> oneEditAway(String token) {
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 0; i < token.length(); i++) {
            variants.add(token.substring(0, i) + token.substring(i + 1));
            if (i + 1 < token.length()) {
                variants.add(token.substring(0, i) + token.charAt(i + 1) + token.charAt(i) + token.substring(i + 2));
            }
            for (char c : ALPHABET.toCharArray()) {
                variants.add(token.substring(0, i) + c + token.substring(i + 1));
            }
        }
        for (int i = 0; i <= token.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                variants.add(token.substring(0, i) + c + token.substring(i));
            }
        }
        variants.remove(token);
        return variants;
    }
}
