package org.puente.server.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as search sees them: accents and case folded ("Núñez" → "nunez"), punctuation dropped,
 * and the particles of Spanish surnames ("de", "del", "de la", "y") left out, so
 * "María de la Cruz" and "MARIA CRUZ" agree.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "do", "dos");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    private Names() {
    }

    /** Lower case, no accents, letters and digits separated by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER.matcher(bare).replaceAll(" ").strip();
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
