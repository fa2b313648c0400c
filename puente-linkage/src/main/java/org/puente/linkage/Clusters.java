package org.puente.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups matched pairs into people. Links are taken strongest first and join two clusters
 * unless that would put two records with different documents of the same country and type
 * into one person while those two records, compared directly, do not match. So a record
 * without documents that resembles two sisters cannot chain them into one person, and one bad
 * link cannot chain thousands of people at scale; a person whose number was mistyped beyond
 * recognition still joins when the rest of the evidence is strong.
 */
final class Clusters {

    private Clusters() {
    }

    /** Cross pairs compared, at most, to judge a merge of two clusters. */
    static final int SAMPLE = 8;

    /** Cluster representative (a record index) of every record. */
    static int[] connect(Corpus corpus, Scorer scorer, long[] pairs, double[] weights, double threshold) {
        int n = corpus.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Members per root, created on first merge (most records stay alone).
        @SuppressWarnings("unchecked")
        List<Integer>[] members = new List[n];
        Integer[] order = strongestFirst(weights);
        int[] levels = new int[scorer.comparisons.size()];
        for (int k : order) {
            int a = find(parent, (int) (pairs[k] >>> 32));
            int b = find(parent, (int) pairs[k]);
            if (a == b) {
                continue;
            }
            List<Integer> ma = members(members, a);
            List<Integer> mb = members(members, b);
            if (conflict(corpus, scorer, ma, mb, threshold, levels)) {
                continue;
            }
            if (ma.size() > 1 || mb.size() > 1) {
                if (!agree(corpus, scorer, ma, mb, levels)) {
                    continue;
                }
            }
            int root = Math.min(a, b);
            int child = Math.max(a, b);
            parent[child] = root;
            List<Integer> big = ma.size() >= mb.size() ? ma : mb;
            big.addAll(ma.size() >= mb.size() ? mb : ma);
            members[root] = big;
            members[child] = null;
        }
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = find(parent, i);
        }
        return rep;
    }

    private static List<Integer> members(List<Integer>[] members, int root) {
        if (members[root] == null) {
            members[root] = new ArrayList<>(2);
            members[root].add(root);
        }
        return members[root];
    }

    /**
     * Two clusters may merge only if their records, compared across, are the same person on
     * average (mean match probability at least a quarter, over up to {@value #SAMPLE}² pairs):
     * one strong link between two look-alike records cannot chain two people into one.
     */
    static boolean agree(Corpus corpus, Scorer scorer, List<Integer> a, List<Integer> b, int[] levels) {
        double sum = 0;
        int count = 0;
        int stepA = Math.max(1, a.size() / SAMPLE);
        int stepB = Math.max(1, b.size() / SAMPLE);
        for (int x = 0; x < a.size(); x += stepA) {
            Profile px = corpus.get(a.get(x));
            for (int y = 0; y < b.size(); y += stepB) {
                sum += Model.probability(scorer.weight(px, corpus.get(b.get(y)), levels, false));
                count++;
            }
        }
        return sum >= 0.25 * count;
    }

    /** One-to-one: each record of either file is linked to at most one of the other, strongest links first. */
    static boolean[] oneToOne(long[] pairs, double[] weights, int n) {
        boolean[] used = new boolean[n];
        boolean[] kept = new boolean[pairs.length];
        for (int k : strongestFirst(weights)) {
            int i = (int) (pairs[k] >>> 32);
            int j = (int) pairs[k];
            if (!used[i] && !used[j]) {
                used[i] = true;
                used[j] = true;
                kept[k] = true;
            }
        }
        return kept;
    }

    /**
     * True when some record of one cluster and some record of the other hold documents of the
     * same kind with numbers more than one keystroke apart, and do not match when compared.
     */
    static boolean conflict(Corpus corpus, Scorer scorer, List<Integer> a, List<Integer> b, double threshold,
                            int[] levels) {
        for (int x : a) {
            Profile px = corpus.get(x);
            if (px.documents.length == 0) {
                continue;
            }
            for (int y : b) {
                Profile py = corpus.get(y);
                if (py.documents.length == 0) {
                    continue;
                }
                if (differentDocuments(px, py) && scorer.weight(px, py, levels, false) < threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean differentDocuments(Profile px, Profile py) {
        boolean differ = false;
        for (int i = 0; i < px.documents.length; i++) {
            for (int j = 0; j < py.documents.length; j++) {
                if (px.documentKinds[i] != py.documentKinds[j]) {
                    continue;
                }
                if (px.documents[i].equals(py.documents[j])) {
                    return false;
                }
                if (!Similarity.withinOneEdit(px.documents[i], py.documents[j])) {
                    differ = true;
                }
            }
        }
        return differ;
    }

    private static Integer[] strongestFirst(double[] weights) {
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(weights[y], weights[x]));
        return order;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
