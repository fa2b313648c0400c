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

    /** Cluster representative (a record index) of every record. */
    static int[] connect(Corpus corpus, Scorer scorer, long[] pairs, double[] weights, double threshold) {
        int n = corpus.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Members holding documents, per root (most clusters have none or one).
        @SuppressWarnings("unchecked")
        List<Integer>[] documented = new List[n];
        for (int i = 0; i < n; i++) {
            if (corpus.get(i).documents.length > 0) {
                documented[i] = new ArrayList<>(1);
                documented[i].add(i);
            }
        }
        Integer[] order = strongestFirst(weights);
        int[] levels = new int[scorer.comparisons.size()];
        for (int k : order) {
            int a = find(parent, (int) (pairs[k] >>> 32));
            int b = find(parent, (int) pairs[k]);
            if (a == b) {
                continue;
            }
            if (conflict(corpus, scorer, documented[a], documented[b], threshold, levels)) {
                continue;
            }
            int root = Math.min(a, b);
            int child = Math.max(a, b);
            parent[child] = root;
            if (documented[child] != null) {
                if (documented[root] == null) {
                    documented[root] = documented[child];
                } else {
                    documented[root].addAll(documented[child]);
                }
                documented[child] = null;
            }
        }
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = find(parent, i);
        }
        return rep;
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
        if (a == null || b == null) {
            return false;
        }
        for (int x : a) {
            Profile px = corpus.get(x);
            for (int y : b) {
                Profile py = corpus.get(y);
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
