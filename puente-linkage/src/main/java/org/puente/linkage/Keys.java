package org.puente.linkage;

/**
 * Blocking keys: which records are worth comparing. Each family of keys needs only some
 * fields to be right, so one error (a typo in the surname, a swapped date, a lost document
 * number) cannot hide a match from all of them. Every key comes as a coarse key and a refined
 * one (the coarse key plus one more attribute); the refined key is used only where the coarse
 * block is too large (Quispe, García, 1 January), which bounds the work on skewed data.
 */
final class Keys {

    enum Family { DOCUMENT, NAMES, SURNAMES_YEAR, GIVEN_DATE, SURNAME_DATE, DATE, NAME_TOKENS, GIVEN_SECOND_SURNAME,
        ATTRIBUTE,
        SURNAME_INITIAL, GIVEN_YEAR }

    /** Receives each key of a record: its family, its coarse hash and its refined hash. */
    interface Sink {
        void key(Family family, long coarse, long refined);
    }

    /** Marks refined keys, so they never collide with a coarse one. */
    static final long REFINED = Long.MIN_VALUE;

    private Keys() {
    }

    static void of(Profile p, Corpus c, Sink sink) {
        // A lone name (given names or surnames, not both) may be in the wrong field: its words key both roles.
        boolean lone = Comparisons.lone(p);
        int[] given = lone && p.given.length == 0 ? p.surnames : p.given;
        int[] surnames = lone && p.surnames.length == 0 ? p.given : p.surnames;
        boolean hasGiven = given.length > 0;
        boolean hasSurname = surnames.length > 0;
        boolean hasDate = p.date != BirthDates.MISSING;
        int year = hasDate ? BirthDates.year(p.date) : 0;
        int date = hasDate ? BirthDates.swapInvariant(p.date) : 0;
        long initials = initials(p, c);
        long g0 = hasGiven ? c.phonetic(given[0]) : 0;
        long s0 = hasSurname ? c.phonetic(surnames[0]) : 0;
        char gi = hasGiven ? c.initial(given[0]) : '_';
        char si = hasSurname ? c.initial(surnames[0]) : '_';

        for (String d : p.documents) {
            long k = combine(Family.DOCUMENT.ordinal(), hash(d));
            emit(sink, Family.DOCUMENT, k, initials);
        }
        if (hasGiven && hasSurname && !lone) {
            emit(sink, Family.NAMES, unordered(Family.NAMES.ordinal(), g0, s0), year);
            for (int alias : c.aliases(given[0])) {
                emit(sink, Family.NAMES, unordered(Family.NAMES.ordinal(), c.phonetic(alias), s0), year);
            }
        }
        if (hasSurname && hasDate) {
            long set = 0;
            for (int s : surnames) {
                set += mix(c.phonetic(s)); // order-free
            }
            emit(sink, Family.SURNAMES_YEAR, combine(combine(Family.SURNAMES_YEAR.ordinal(), set), year), gi);
            for (int i = 0; i < Math.min(2, surnames.length); i++) {
                emit(sink, Family.SURNAME_DATE,
                        combine(combine(Family.SURNAME_DATE.ordinal(), c.phonetic(surnames[i])), date), gi);
            }
        }
        if (hasGiven && hasDate) {
            emit(sink, Family.GIVEN_DATE, combine(combine(Family.GIVEN_DATE.ordinal(), g0), date), si);
            for (int alias : c.aliases(given[0])) {
                emit(sink, Family.GIVEN_DATE, combine(combine(Family.GIVEN_DATE.ordinal(), c.phonetic(alias)), date), si);
            }
        }
        if (hasGiven && hasSurname && !lone) {
            // A typo in the given name after its first letter and a wrong date at once still meet here.
            emit(sink, Family.SURNAME_INITIAL, combine(combine(Family.SURNAME_INITIAL.ordinal(), s0), gi), year);
        }
        if (hasGiven && hasDate) {
            // A changed or mistyped surname (marriage, another order) and a wrong day still meet here.
            emit(sink, Family.GIVEN_YEAR, combine(combine(Family.GIVEN_YEAR.ordinal(), g0), year), si);
        }
        if (hasDate) {
            emit(sink, Family.DATE, combine(Family.DATE.ordinal(), date), initials);
        }
        if (p.given.length + p.surnames.length >= 2) {
            long set = 0;
            for (int g : p.given) {
                set += mix(c.phonetic(g) ^ 0x5bd1e995L);
            }
            for (int s : p.surnames) {
                set += mix(c.phonetic(s) ^ 0x5bd1e995L); // given and surname words alike: swaps still meet
            }
            emit(sink, Family.NAME_TOKENS, combine(Family.NAME_TOKENS.ordinal(), set), year);
        }
        if (hasGiven && surnames.length >= 2 && !lone) {
            emit(sink, Family.GIVEN_SECOND_SURNAME,
                    unordered(Family.GIVEN_SECOND_SURNAME.ordinal(), g0, c.phonetic(surnames[surnames.length - 1])), year);
        }
        for (int i = 0; i < p.attributes.length; i++) {
            if (p.attributes[i] != 0) {
                long k = combine(combine(Family.ATTRIBUTE.ordinal(), i), hash(c.word(p.attributes[i])));
                emit(sink, Family.ATTRIBUTE, k, initials);
                // A crowded place or occupation is also narrowed by each name: a lone name has no initials pair.
                if (hasSurname) {
                    emit(sink, Family.ATTRIBUTE, k, s0);
                }
                if (hasGiven && g0 != s0) {
                    emit(sink, Family.ATTRIBUTE, k, g0);
                }
            }
        }
    }

    private static void emit(Sink sink, Family family, long coarse, long refinement) {
        long c = coarse & ~REFINED;
        sink.key(family, c, combine(c, refinement + 0x7f4a7c15L) | REFINED);
    }

    /** Initials of the first given name and first surname, in either order (swaps still meet). */
    private static long initials(Profile p, Corpus c) {
        char g = p.given.length > 0 ? c.initial(p.given[0]) : '_';
        char s = p.surnames.length > 0 ? c.initial(p.surnames[0]) : '_';
        return g < s ? (g << 16) | s : (s << 16) | g;
    }

    private static long unordered(int family, long a, long b) {
        return combine(combine(family, Math.min(a, b)), Math.max(a, b));
    }

    static long combine(long seed, long value) {
        return mix(seed * 0x9E3779B97F4A7C15L + value);
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        return LongCounts.mix(z);
    }
}
