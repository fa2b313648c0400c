package org.puente.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what a person or a clerk typed into comparable tokens: Unicode decomposed, accents and
 * case dropped but Ñ kept (it is a letter of its own in Spanish, and its loss on a foreign
 * keyboard is a known error source the comparisons tolerate), punctuation turned into spaces,
 * and particles ("de", "del", "de la", "van") attached to the word that follows them so that
 * "de la Cruz" is one surname, not three.
 */
final class Text {

    static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos", "di",
            "du", "van", "von", "der", "den", "le", "lo", "san", "santa", "st", "mac", "mc", "d", "el", "al");
    private static final Set<String> ARTICLES = Set.of("la", "las", "los", "el", "lo", "le");
    private static final Set<String> CONJUNCTIONS = Set.of("y", "e", "i");
    private static final Set<String> WIDOW = Set.of("vda", "viuda", "vd", "vuda");
    /**
     * Forms of address, ranks and titles clerks copy into name fields (Sr., Dña., Lic., Ing., Mr,
     * Sir, Rev.): they say nothing of who the person is. Only words no one bears as a given name.
     */
    static final Set<String> TITLES = Set.of("sr", "sra", "srta", "señor", "señora", "señorita", "don", "doña", "dña", "dn",
            "dr", "dra", "doctor", "doctora", "lic", "licdo", "licda", "licenciado", "licenciada", "ing", "ingeniero",
            "ingeniera", "arq", "abog", "prof", "profa", "profesor", "profesora", "sor", "fray", "mr", "mrs", "ms",
            "miss", "mister", "mme", "mlle", "sir", "dame", "lady", "lord", "rev", "revd", "reverend", "rt", "hon",
            "capt", "captain", "lt", "lieutenant", "col", "colonel", "sgt", "admiral", "baron", "baroness", "baronet",
            "bt", "countess", "viscount", "marquess", "duchess");
    private static final java.util.regex.Pattern ORDINAL =
            java.util.regex.Pattern.compile("\\d+(st|nd|rd|th|ro|do|to|er|vo|mo|no)?");
    private static final Set<String> MISSING = Set.of("", "null", "nan", "none", "na", "n/a", "-", "--", "?", "s/n",
            "sin dato", "unknown", "desconocido", "nn", "xx", "xxx");

    private Text() {
    }

    /** True when a field carries no value: blank, or a placeholder clerks type for "unknown". */
    static boolean isMissing(String value) {
        return value == null || MISSING.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Lower case, accents removed except the tilde of ñ, anything but letters and digits made a space. */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char previous = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u0303' && (previous == 'n' || previous == 'N')) {
                out.setCharAt(out.length() - 1, 'ñ');
                previous = 'ñ';
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == '\'' || c == '’' || c == '`' || c == '´') {
                continue; // D'Angelo, O'Brien: one word
            }
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                out.append(lower == 'ß' ? 's' : lower);
            } else {
                out.append(' ');
            }
            previous = c;
        }
        return out.toString();
    }

    /** The words of a value, folded; no particle handling. */
    static List<String> words(String value) {
        List<String> words = new ArrayList<>(4);
        if (isMissing(value)) {
            return words;
        }
        for (String w : fold(value).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Given names: conjunctions dropped, particles attached ("María del Carmen" → maria, delcarmen). */
    static List<String> givenNames(String value) {
        List<String> words = words(value);
        words.removeIf("y"::equals); // a lone "e" or "i" in given names is an initial, not a conjunction
        words.removeIf(Text::isOrdinal);
        if (words.stream().anyMatch(w -> !TITLES.contains(w))) {
            words.removeIf(TITLES::contains); // "Sr. Juan" is Juan; a title alone is kept, as the only name there is
        }
        return attachParticles(words);
    }

    /** Surnames split into the person's own and a married form ("García de López", "Pérez vda. de Ruiz"). */
    record Surnames(List<String> own, List<String> married) {
    }

    static Surnames surnames(String first, String second) {
        List<String> words = new ArrayList<>(words(first));
        words.addAll(words(second));
        words.removeIf(Text::isOrdinal); // "II", "3rd": a generation or a peerage, not a family name
        if (words.size() > 1) {
            words.removeIf(CONJUNCTIONS::contains);
        }
        List<String> married = List.of();
        int de = words.lastIndexOf("de");
        // "<surname> de <surname>" at the end: a married woman's husband's surname. "de la Cruz" is not.
        if (de >= 1 && de == words.size() - 2 && !PARTICLES.contains(words.get(de + 1))) {
            int ownEnd = de;
            while (ownEnd > 0 && WIDOW.contains(words.get(ownEnd - 1))) {
                ownEnd--;
            }
            if (ownEnd > 0 && !PARTICLES.contains(words.get(ownEnd - 1))) {
                married = List.of(words.get(de + 1));
                words = new ArrayList<>(words.subList(0, ownEnd));
            }
        }
        words.removeIf(WIDOW::contains);
        return new Surnames(attachParticles(words), married);
    }

    static List<String> attachParticles(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (PARTICLES.contains(w) && !last) {
                // "La" alone before a non-article word is a particle only after "de": "de la Cruz";
                // a lone article at the start ("La Torre") is still attached: LaTorre and Latorre are the same name.
                prefix.append(w);
                continue;
            }
            if (prefix.length() > 0) {
                out.add(prefix.append(w).toString());
                prefix.setLength(0);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** A number or an ordinal ("1st", "2do") typed into a name field. */
    static boolean isOrdinal(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && ORDINAL.matcher(w).matches();
    }

    static boolean isArticle(String w) {
        return ARTICLES.contains(w);
    }
}
