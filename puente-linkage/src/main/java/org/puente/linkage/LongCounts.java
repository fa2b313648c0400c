package org.puente.linkage;

/** How often each 64-bit key occurs: an open-addressing table without boxing, for value frequencies. Not thread-safe. */
final class LongCounts {

    private static final long EMPTY = 0L;
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;
    private boolean hasZero;
    private int zeroCount;

    void add(long key, int delta) {
        if (key == EMPTY) {
            hasZero = true;
            zeroCount += delta;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int at = slot(keys, key);
        if (keys[at] == EMPTY) {
            keys[at] = key;
            size++;
        }
        counts[at] += delta;
    }

    int get(long key) {
        if (key == EMPTY) {
            return hasZero ? zeroCount : 0;
        }
        long[] k = keys;
        int[] c = counts;
        int mask = k.length - 1;
        int at = (int) mix(key) & mask;
        while (true) {
            long found = k[at];
            if (found == key) {
                return c[at];
            }
            if (found == EMPTY) {
                return 0;
            }
            at = (at + 1) & mask;
        }
    }

    /** {Σ count, Σ count²}: how many values were counted, and how many ordered pairs share one (self-pairs included). */
    double[] sums() {
        double sum = hasZero ? zeroCount : 0;
        double squares = hasZero ? (double) zeroCount * zeroCount : 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                sum += counts[i];
                squares += (double) counts[i] * counts[i];
            }
        }
        return new double[] {sum, squares};
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int at = (int) mix(key) & mask;
        while (keys[at] != EMPTY && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        long[] newKeys = new long[oldKeys.length * 2];
        int[] newCounts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int at = slot(newKeys, oldKeys[i]);
                newKeys[at] = oldKeys[i];
                newCounts[at] = oldCounts[i];
            }
        }
        counts = newCounts;
        keys = newKeys;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
