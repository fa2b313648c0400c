package org.puente.linkage;

/**
 * A phonetic key for names as Spanish speakers say and write them: b/v/w, s/z/soft c, ll/y,
 * silent h, soft g/j, qu/k/hard c, ph/f, ñ/n and doubled letters each collapse to one symbol,
 * so "Vásquez", "Basques" and "Vazquez" share a key. Vowels are kept: in Spanish they are
 * stable and tell names apart ("Rosa"/"Rosi").
 */
final class SpanishPhonetic {

    private SpanishPhonetic() {
    }

    static String key(String folded) {
        String s = folded;
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char after = i + 2 < n ? s.charAt(i + 2) : 0;
            char code;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> code = c;
                case 'b', 'v', 'w' -> code = 'b';
                case 'c' -> {
                    if (next == 'h') {
                        code = 'x';
                        i++;
                    } else if (next == 'e' || next == 'i') {
                        code = 's';
                    } else {
                        code = 'k';
                    }
                }
                case 'k' -> code = 'k';
                case 'q' -> {
                    code = 'k';
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'g' -> {
                    if (next == 'e' || next == 'i') {
                        code = 'j';
                    } else if (next == 'u' && (after == 'e' || after == 'i')) {
                        code = 'g';
                        i++;
                    } else {
                        code = 'g';
                    }
                }
                case 'h' -> {
                    continue; // silent
                }
                case 'j' -> code = 'j';
                case 'l' -> {
                    if (next == 'l') {
                        code = 'y';
                        i++;
                    } else {
                        code = 'l';
                    }
                }
                case 'y' -> code = isVowel(next) ? 'y' : 'i';
                case 's', 'z' -> code = 's';
                case 'x' -> {
                    if (i == 0) {
                        code = 's';
                    } else {
                        append(out, 'k');
                        code = 's';
                    }
                }
                case 'ñ', 'n' -> code = (next == 'b' || next == 'p' || next == 'v') ? 'm' : 'n';
                case 'p' -> {
                    if (next == 'h') {
                        code = 'f';
                        i++;
                    } else {
                        code = 'p';
                    }
                }
                default -> code = c;
            }
            append(out, code);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char code) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != code) {
            out.append(code);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
