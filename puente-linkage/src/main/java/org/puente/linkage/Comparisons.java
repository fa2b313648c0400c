package org.puente.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Field-by-field comparison of two normalised records. Each comparison sorts a pair into one
 * of a few levels, best first (exact, alias, one missing, similar…, different); the model gives
 * each level its weight. A level of -1 means the field is missing on one side and says nothing.
 */
final class Comparisons {

    enum Kind { GIVEN, SURNAME, DATE, DOCUMENT, SEX, NATIONALITY, TEXT, CODE }

    /** One comparison: its name in explanations, its kind and its levels' names. */
    record Comparison(String name, Kind kind, List<String> levels, int attribute) {
        int levelCount() {
            return levels.size();
        }
    }

    static final int EXACT = 0;

    // given names
    static final int G_ALIAS = 1;
    static final int G_SUBSET = 2;
    static final int G_SIMILAR = 3;
    static final int G_FUZZY = 4;
    static final int G_INITIAL = 5;
    static final int G_DIFFERENT = 6;
    // surnames
    static final int S_ALIAS = 1;
    static final int S_PARTIAL = 2;
    static final int S_SIMILAR = 3;
    static final int S_ONE_SHARED = 4;
    static final int S_FUZZY = 5;
    static final int S_DIFFERENT = 6;
    // dates
    static final int D_SWAPPED = 1;
    static final int D_ONE_DIGIT = 2;
    static final int D_PLACEHOLDER = 3;
    static final int D_ONE_YEAR = 4;
    static final int D_NEAR = 5;
    static final int D_DIFFERENT = 6;

    static final List<String> GIVEN_LEVELS = List.of("exact", "nickname, phonetic or accent variant",
            "one of the names missing", "similar (≥0.92)", "fuzzy (≥0.80)", "initial only", "different");
    static final List<String> SURNAME_LEVELS = List.of("exact", "phonetic, accent, order or spacing variant",
            "one surname missing or married form", "similar (≥0.92)", "one surname shared", "fuzzy (≥0.80)",
            "different");
    static final List<String> DATE_LEVELS = List.of("exact", "day and month swapped", "one digit or transposition",
            "placeholder (1 January) in the same year", "within a year", "within five years", "different");
    static final List<String> DOCUMENT_LEVELS = List.of("same number", "one digit or transposition",
            "different numbers of the same country and type");
    static final List<String> SAME_LEVELS = List.of("same", "different");
    static final List<String> TEXT_LEVELS = List.of("exact", "similar (≥0.92)", "fuzzy (≥0.80)",
            "a word in common", "different");
    static final List<String> CODE_LEVELS = List.of("exact", "one character off", "same leading half (area, province)",
            "different");

    private final Corpus corpus;
    private final boolean beiderMorse;
    final Comparison[] all;
    final int given;
    final int surname;

    Comparisons(Corpus corpus, boolean beiderMorse) {
        this.corpus = corpus;
        this.beiderMorse = beiderMorse;
        List<Comparison> list = new ArrayList<>();
        list.add(new Comparison("given names", Kind.GIVEN, GIVEN_LEVELS, -1));
        list.add(new Comparison("surnames", Kind.SURNAME, SURNAME_LEVELS, -1));
        list.add(new Comparison("birth date", Kind.DATE, DATE_LEVELS, -1));
        list.add(new Comparison("documents", Kind.DOCUMENT, DOCUMENT_LEVELS, -1));
        list.add(new Comparison("sex", Kind.SEX, SAME_LEVELS, -1));
        list.add(new Comparison("nationality", Kind.NATIONALITY, SAME_LEVELS, -1));
        for (int i = 0; i < corpus.attributeNames.size(); i++) {
            boolean text = corpus.attributeKinds[i] == PersonRecord.Attribute.Kind.TEXT;
            list.add(new Comparison(corpus.attributeNames.get(i), text ? Kind.TEXT : Kind.CODE,
                    text ? TEXT_LEVELS : CODE_LEVELS, i));
        }
        this.all = list.toArray(Comparison[]::new);
        this.given = 0;
        this.surname = 1;
    }

    int size() {
        return all.length;
    }

    /**
     * Jaro–Winkler of word pairs already seen by this thread: names repeat (a register has far
     * fewer distinct names than records), so most pairs of words are compared many times.
     */
    private static final class SimilarityCache {
        final long[] keys = new long[1 << 15];
        final float[] values = new float[1 << 15];
    }

    private static final ThreadLocal<SimilarityCache> CACHE = ThreadLocal.withInitial(SimilarityCache::new);

    private double cachedJaroWinkler(int x, int y) {
        long key = x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
        SimilarityCache cache = CACHE.get();
        int slot = (int) Keys.mix(key) & (cache.keys.length - 1);
        if (cache.keys[slot] == key) {
            return cache.values[slot];
        }
        double jw = Similarity.jaroWinkler(corpus.word(x), corpus.word(y));
        cache.keys[slot] = key;
        cache.values[slot] = (float) jw;
        return jw;
    }

    /** Fills {@code levels} (one per comparison) and says whether given names and surnames were swapped. */
    boolean compare(Profile a, Profile b, int[] levels) {
        int g = givenLevel(a.given, b.given);
        int s = surnameLevel(a, b);
        boolean swapped = false;
        if ((g >= G_FUZZY || s >= S_FUZZY) && a.given.length > 0 && b.given.length > 0 && a.surnames.length > 0
                && b.surnames.length > 0) {
            int g2 = givenLevel(a.given, b.surnames);
            int s2 = surnameTokens(a.surnames, b.given);
            if (g2 <= G_ALIAS && s2 <= S_PARTIAL && g2 + s2 + 2 < g + s) {
                g = g2;
                s = s2;
                swapped = true;
            }
        } else if (lone(a) || lone(b)) {
            int[] crossed = crossedNameLevels(a, b, g, s);
            if (crossed != null) {
                g = crossed[0];
                s = crossed[1];
                swapped = true;
            }
        }
        levels[0] = g;
        levels[1] = s;
        levels[2] = dateLevel(a.date, b.date);
        levels[3] = documentLevel(a, b);
        levels[4] = a.sex == 0 || b.sex == 0 ? -1 : a.sex == b.sex ? 0 : 1;
        levels[5] = a.nationality == 0 || b.nationality == 0 ? -1 : a.nationality == b.nationality ? 0 : 1;
        for (int c = 6; c < all.length; c++) {
            int i = all[c].attribute();
            int va = a.attributes[i];
            int vb = b.attributes[i];
            levels[c] = va == 0 || vb == 0 ? -1
                    : all[c].kind() == Kind.TEXT ? textLevel(va, vb) : codeLevel(va, vb);
        }
        return swapped;
    }

    // --- names ---

    /** A record with given names or surnames but not both: a single name a clerk may have put in either field. */
    static boolean lone(Profile p) {
        return (p.given.length == 0) != (p.surnames.length == 0);
    }

    /**
     * Levels when a lone name is read in the other role ("Quispe" typed as a given name, against
     * "Juan Quispe"): the lone words are compared with the other record's names of the other
     * role, and the role they came from counts as missing. Null when that agrees no better than
     * the direct comparison.
     */
    private int[] crossedNameLevels(Profile a, Profile b, int g, int s) {
        Profile lone = lone(a) ? a : b;
        Profile other = lone == a ? b : a;
        if (lone(other) && lone.given.length > 0 == other.given.length > 0) {
            return null; // both lone in the same role: the direct comparison already reads them alike
        }
        if (lone.given.length > 0) {
            if (other.surnames.length == 0 || (g >= 0 && g <= G_ALIAS)) {
                return null;
            }
            int crossed = surnameTokens(lone.given, other.surnames);
            return crossed >= 0 && crossed <= S_SIMILAR ? new int[] {-1, crossed} : null;
        }
        if (other.given.length == 0 || (s >= 0 && s <= S_ALIAS)) {
            return null;
        }
        int crossed = givenLevel(lone.surnames, other.given);
        return crossed >= 0 && crossed <= G_SIMILAR ? new int[] {crossed, -1} : null;
    }

    int givenLevel(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return -1;
        }
        if (sameSet(a, b)) {
            return EXACT;
        }
        int[] shorter = a.length <= b.length ? a : b;
        int[] longer = a.length <= b.length ? b : a;
        int aliasMatched = 0;
        double sum = 0;
        boolean initial = false;
        double minimum = Math.max(0, 0.8 * shorter.length - (shorter.length - 1));
        for (int x : shorter) {
            double best = 0;
            for (int y : longer) {
                double sim = wordSimilarity(x, y, true, minimum);
                best = Math.max(best, sim);
                if (best >= 1.0) {
                    break;
                }
            }
            if (best >= 0.999) {
                aliasMatched++;
            } else if (isInitialOf(x, longer) ) {
                initial = true;
            }
            sum += best;
        }
        if (aliasMatched == shorter.length) {
            return shorter.length == longer.length ? G_ALIAS : G_SUBSET;
        }
        if (sameWhenJoined(a, b) || compoundAlias(shorter, longer)) {
            return G_ALIAS;
        }
        double me = sum / shorter.length;
        if (me >= 0.92) {
            return G_SIMILAR;
        }
        if (me >= 0.80) {
            return G_FUZZY;
        }
        if (initial || isInitialOf(longer[0], shorter)) {
            return G_INITIAL;
        }
        return G_DIFFERENT;
    }

    private int surnameLevel(Profile a, Profile b) {
        int level = surnameTokens(a.surnames, b.surnames);
        if (level > S_PARTIAL && (a.married.length > 0 || b.married.length > 0)) {
            int withMarried = surnameTokens(concat(a.surnames, a.married), concat(b.surnames, b.married));
            if (withMarried < level) {
                level = Math.max(withMarried, S_PARTIAL);
            }
        }
        return level;
    }

    int surnameTokens(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return -1;
        }
        if (java.util.Arrays.equals(a, b)) {
            return EXACT;
        }
        int[] shorter = a.length <= b.length ? a : b;
        int[] longer = a.length <= b.length ? b : a;
        int aliasMatched = 0;
        double sum = 0;
        double minimum = Math.max(0, 0.8 * shorter.length - (shorter.length - 1));
        for (int x : shorter) {
            double best = 0;
            for (int y : longer) {
                best = Math.max(best, wordSimilarity(x, y, false, minimum));
                if (best >= 1.0) {
                    break;
                }
            }
            if (best >= 0.999) {
                aliasMatched++;
            }
            sum += best;
        }
        if (aliasMatched == shorter.length) {
            return shorter.length == longer.length ? S_ALIAS : S_PARTIAL;
        }
        if (sameWhenJoined(a, b)) {
            return S_ALIAS;
        }
        double me = sum / shorter.length;
        if (me >= 0.92) {
            return shorter.length == longer.length ? S_SIMILAR : S_PARTIAL;
        }
        if (aliasMatched > 0) {
            return S_ONE_SHARED;
        }
        return me >= 0.80 ? S_FUZZY : S_DIFFERENT;
    }

    /** 1 for the same word, a nickname of it or the same sound; Jaro–Winkler otherwise. */
    private double wordSimilarity(int x, int y, boolean names, double minimum) {
        if (x == y) {
            return 1.0;
        }
        if (corpus.phonetic(x) == corpus.phonetic(y)) {
            return 0.9995;
        }
        if (names && (contains(corpus.aliases(x), y) || contains(corpus.aliases(y), x)
                || intersects(corpus.aliases(x), corpus.aliases(y)))) {
            return 0.9995;
        }
        String wx = corpus.word(x);
        String wy = corpus.word(y);
        double jw = cachedJaroWinkler(x, y);
        if (beiderMorse && jw >= 0.75 && jw < 0.999 && wx.length() > 2 && wy.length() > 2
                && intersectsSorted(corpus.beiderMorse(x), corpus.beiderMorse(y))) {
            return 0.9995;
        }
        return jw;
    }

    private boolean isInitialOf(int x, int[] others) {
        String w = corpus.word(x);
        if (w.length() != 1) {
            return false;
        }
        for (int y : others) {
            if (corpus.word(y).charAt(0) == w.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /** "Mariajose" and "Maria Jose", "Delacruz" and "De la Cruz" with another split. */
    private boolean sameWhenJoined(int[] a, int[] b) {
        if (a.length == b.length || joinedLength(a) != joinedLength(b)) {
            return false;
        }
        return joined(a).equals(joined(b));
    }

    /** Chema for José María: a nickname of a compound name. */
    private boolean compoundAlias(int[] shorter, int[] longer) {
        if (shorter.length != 1 || longer.length < 2) {
            return false;
        }
        int[] aliases = corpus.aliases(shorter[0]);
        if (aliases.length == 0) {
            return false;
        }
        int id = corpus.idOf(joined(longer));
        return id != 0 && contains(aliases, id);
    }

    private int joinedLength(int[] ids) {
        int n = 0;
        for (int id : ids) {
            n += corpus.word(id).length();
        }
        return n;
    }

    private String joined(int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            sb.append(corpus.word(id));
        }
        return sb.toString();
    }

    // --- dates ---

    static int dateLevel(int a, int b) {
        if (BirthDates.isUnknown(a) || BirthDates.isUnknown(b)) {
            return -1;
        }
        if (a == b) {
            return EXACT;
        }
        int ya = BirthDates.year(a);
        int yb = BirthDates.year(b);
        if (ya == yb && BirthDates.month(a) == BirthDates.day(b) && BirthDates.day(a) == BirthDates.month(b)) {
            return D_SWAPPED;
        }
        if (oneDigit(a, b)) {
            return D_ONE_DIGIT;
        }
        int dy = Math.abs(ya - yb);
        if ((BirthDates.isPlaceholder(a) || BirthDates.isPlaceholder(b)) && dy == 0) {
            return D_PLACEHOLDER;
        }
        if (dy <= 1) {
            return D_ONE_YEAR;
        }
        return dy <= 5 ? D_NEAR : D_DIFFERENT;
    }

    /** The two yyyymmdd dates differ in one digit, or by two adjacent digits swapped. */
    private static boolean oneDigit(int a, int b) {
        int diff = 0;
        int at = -1;
        int x = a;
        int y = b;
        for (int i = 0; i < 8; i++, x /= 10, y /= 10) {
            if (x % 10 != y % 10) {
                diff++;
                if (diff > 2) {
                    return false;
                }
                if (diff == 1) {
                    at = i;
                } else if (i != at + 1) {
                    return false;
                }
            }
        }
        if (diff == 1) {
            return true;
        }
        if (diff != 2) {
            return false;
        }
        int p = 1;
        for (int i = 0; i < at; i++) {
            p *= 10;
        }
        int a0 = a / p % 10;
        int a1 = a / (p * 10) % 10;
        int b0 = b / p % 10;
        int b1 = b / (p * 10) % 10;
        return a0 == b1 && a1 == b0;
    }

    // --- documents ---

    private int documentLevel(Profile a, Profile b) {
        if (a.documents.length == 0 || b.documents.length == 0) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < a.documents.length; i++) {
            for (int j = 0; j < b.documents.length; j++) {
                String x = a.documents[i];
                String y = b.documents[j];
                if (x.equals(y)) {
                    return EXACT;
                }
                int ka = a.documentKinds[i];
                int kb = b.documentKinds[j];
                if (ka != 0 && kb != 0 && ka != kb) {
                    continue; // a passport and a CPP: not comparable
                }
                int level = x.length() >= 5 && Similarity.withinOneEdit(x, y) ? 1 : 2;
                best = best < 0 ? level : Math.min(best, level);
            }
        }
        return best;
    }

    // --- other attributes ---

    private int textLevel(int a, int b) {
        if (a == b) {
            return EXACT;
        }
        String x = corpus.word(a);
        String y = corpus.word(b);
        double jw = Similarity.jaroWinkler(x, y, 0.80);
        return jw >= 0.92 ? 1 : jw >= 0.80 ? 2 : shareAWord(x, y) ? 3 : 4;
    }

    /**
     * The same place or address written at another level of detail ("Chew Magna" and "Chew Stoke",
     * "Av. Arequipa 1250" and "Arequipa 1250 dpto 3"): a word of four letters or more in common.
     */
    static boolean shareAWord(String x, String y) {
        int from = 0;
        while (from < x.length()) {
            int end = x.indexOf(' ', from);
            if (end < 0) {
                end = x.length();
            }
            if (end - from >= 4 && containsWord(y, x, from, end)) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /** Whether {@code text} has the word {@code source[from, end)} as one of its words; allocates nothing. */
    private static boolean containsWord(String text, String source, int from, int end) {
        int length = end - from;
        int start = 0;
        while (start < text.length()) {
            int stop = text.indexOf(' ', start);
            if (stop < 0) {
                stop = text.length();
            }
            if (stop - start == length && text.regionMatches(start, source, from, length)) {
                return true;
            }
            start = stop + 1;
        }
        return false;
    }

    private int codeLevel(int a, int b) {
        if (a == b) {
            return EXACT;
        }
        String x = corpus.word(a);
        String y = corpus.word(b);
        if (x.length() >= 3 && y.length() >= 3 && Similarity.withinOneEdit(x, y)) {
            return 1;
        }
        return sameLeadingHalf(x, y) ? 2 : 3;
    }

    /**
     * Codes are often hierarchical: a postcode's area and district come first (TQ13 8DF, TQ13 8JR),
     * as do an ubigeo's department and province (150101, 150132). Two codes of one place's
     * neighbourhood share at least the first half of the longer one.
     */
    static boolean sameLeadingHalf(String x, String y) {
        int half = (Math.max(x.length(), y.length()) + 1) / 2;
        if (half < 2 || x.length() < half || y.length() < half) {
            return false;
        }
        return x.regionMatches(0, y, 0, half);
    }

    // --- small helpers ---

    static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        if (a.length == 1) {
            return a[0] == b[0];
        }
        int[] x = a.clone();
        int[] y = b.clone();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            if (contains(b, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersectsSorted(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
