package org.puente.linkage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a batch run: every input record with its cluster (singletons included), the
 * matched pairs with their explanations, the learnt model and what the run cost.
 */
public record LinkageResult(List<Assignment> assignments, List<Match> matches, Model model, Statistics statistics) {

    /**
     * A record and the person it was resolved to. In deduplication the cluster id is the id of the
     * cluster's first record in input order; when two files are linked it is "L" and the left
     * record's id, or "R" and the right record's id for a right record linked to none. {@code side}
     * is 0 in deduplication, and 0 (left) or 1 (right) when two files are linked.
     */
    public record Assignment(String recordId, int side, String clusterId) {
    }

    /** Counts and times of a run, in milliseconds. */
    public record Statistics(int records, long candidatePairs, int clusters, long normaliseAndIndexMillis,
                             long scoreMillis, long clusterMillis) {
    }

    /** How many clusters have each size: {1: singletons, 2: pairs, …}. */
    public Map<Integer, Integer> clusterSizes() {
        Map<String, Integer> sizes = new java.util.HashMap<>();
        for (Assignment a : assignments) {
            sizes.merge(a.clusterId(), 1, Integer::sum);
        }
        Map<Integer, Integer> histogram = new TreeMap<>();
        for (int size : sizes.values()) {
            histogram.merge(size, 1, Integer::sum);
        }
        return histogram;
    }
}
