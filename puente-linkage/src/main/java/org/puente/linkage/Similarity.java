package org.puente.linkage;

/**
 * String similarity for short values, written for the hot loop (no allocation for words up to
 * 64 characters). Same results as Commons Text's {@code JaroWinklerSimilarity}, checked by a test.
 */
final class Similarity {

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        return jaroWinkler(a, b, 0);
    }

    /**
     * Jaro–Winkler when it is at least {@code minimum}; otherwise some value below it, found
     * without finishing: most pairs compared in a run are nowhere near alike.
     */
    static double jaroWinkler(String a, String b, double minimum) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la > 64 || lb > 64) {
            return new org.apache.commons.text.similarity.JaroWinklerSimilarity().apply(a, b);
        }
        String s1 = la <= lb ? a : b; // s1 is the shorter, as Commons Text does
        String s2 = la <= lb ? b : a;
        int l1 = s1.length();
        int l2 = s2.length();
        int range = Math.max(l2 / 2 - 1, 0);
        int prefix = 0;
        for (int i = 0; i < Math.min(4, l1); i++) {
            if (s1.charAt(i) == s2.charAt(i)) {
                prefix++;
            } else {
                break;
            }
        }
        int needed = 0;
        if (minimum > 0) {
            // The fewest matches that could still reach the minimum, with no transposition.
            needed = l1 + 1;
            for (int m = 1; m <= l1; m++) {
                double jaro = ((double) m / l1 + (double) m / l2 + 1.0) / 3.0;
                double best = jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
                if (best >= minimum) {
                    needed = m;
                    break;
                }
            }
            if (needed > l1) {
                return 0.0;
            }
        }
        long used2 = 0;
        long matched1 = 0;
        int matches = 0;
        for (int i = 0; i < l1; i++) {
            if (matches + (l1 - i) < needed) {
                return 0.0;
            }
            char c = s1.charAt(i);
            int from = Math.max(i - range, 0);
            int to = Math.min(i + range + 1, l2);
            for (int j = from; j < to; j++) {
                if ((used2 & (1L << j)) == 0 && s2.charAt(j) == c) {
                    used2 |= 1L << j;
                    matched1 |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < l1; i++) {
            if ((matched1 & (1L << i)) != 0) {
                while ((used2 & (1L << j)) == 0) {
                    j++;
                }
                if (s1.charAt(i) != s2.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / l1 + m / l2 + (m - transpositions / 2) / m) / 3.0;
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
    }

    /** True when the two differ by at most one substitution, insertion, deletion or adjacent transposition. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // transposition
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
