package org.puente.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups matched pairs into people. Links are taken strongest first and join two clusters
 * unless that would put two different documents of the same country and type into one
 * person: then only an overwhelming link may join them. So one bad link cannot chain two
 * people (or, at scale, thousands) into one.
 */
final class Clusters {

    private Clusters() {
    }

    /** Cluster representative (a record index) of every record. */
    static int[] connect(Corpus corpus, long[] pairs, double[] weights, double overwhelming) {
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
        for (int k : order) {
            int a = find(parent, (int) (pairs[k] >>> 32));
            int b = find(parent, (int) pairs[k]);
            if (a == b) {
                continue;
            }
            if (weights[k] < overwhelming && conflict(corpus, documented[a], documented[b])) {
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

    /** Two documents of the same kind with numbers more than one keystroke apart, and none shared. */
    static boolean conflict(Corpus corpus, List<Integer> a, List<Integer> b) {
        if (a == null || b == null) {
            return false;
        }
        boolean differ = false;
        for (int x : a) {
            Profile px = corpus.get(x);
            for (int y : b) {
                Profile py = corpus.get(y);
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
