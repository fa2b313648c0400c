package org.puente.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch entity resolution: who is the same person within one file ({@link #deduplicate}) or
 * between two ({@link #link}). Both learn the model from the data, score every candidate pair
 * the blocking keys yield, keep those at or above the threshold and resolve them into people.
 */
public final class Linkage {

    private Linkage() {
    }

    public static LinkageResult deduplicate(List<PersonRecord> records, LinkageConfig config) {
        return deduplicate(records, config, Progress.none());
    }

    public static LinkageResult deduplicate(List<PersonRecord> records, LinkageConfig config, Progress progress) {
        long start = System.nanoTime();
        LinkIndex index = LinkIndex.build(records, List.of(), config, progress);
        return resolve(index, config, progress, start);
    }

    /** Links two files one to one: each record is the same person as at most one record of the other file. */
    public static LinkageResult link(List<PersonRecord> left, List<PersonRecord> right, LinkageConfig config) {
        return link(left, right, config, Progress.none());
    }

    public static LinkageResult link(List<PersonRecord> left, List<PersonRecord> right, LinkageConfig config,
                                     Progress progress) {
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("both files must hold at least one record");
        }
        long start = System.nanoTime();
        LinkIndex index = LinkIndex.build(left, right, config, progress);
        return resolve(index, config, progress, start);
    }

    private static LinkageResult resolve(LinkIndex index, LinkageConfig config, Progress progress, long start) {
        long indexed = System.nanoTime();
        Scorer scorer = index.scorer();
        Corpus corpus = index.corpus;
        double threshold = config.thresholdWeight();
        class Kept implements LinkIndex.PairVisitor {
            long[] pairs = new long[256];
            double[] weights = new double[256];
            int size;
            final int[] levels = new int[index.comparisons.size()];
            long visited;

            @Override
            public void visit(int i, int j) {
                visited++;
                double w = scorer.weight(corpus.get(i), corpus.get(j), levels, false);
                if (w >= threshold) {
                    if (size == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, size * 2);
                        weights = java.util.Arrays.copyOf(weights, size * 2);
                    }
                    pairs[size] = ((long) i << 32) | j;
                    weights[size++] = w;
                }
            }
        }
        List<Kept> parts = index.scan(Kept::new, progress);
        int total = 0;
        long candidates = 0;
        for (Kept k : parts) {
            total += k.size;
            candidates += k.visited;
        }
        index.candidatePairs(candidates);
        long[] pairs = new long[total];
        double[] weights = new double[total];
        int at = 0;
        for (Kept k : parts) {
            System.arraycopy(k.pairs, 0, pairs, at, k.size);
            System.arraycopy(k.weights, 0, weights, at, k.size);
            at += k.size;
        }
        long scored = System.nanoTime();
        progress.stage("clustering", 0);
        int n = corpus.size();
        List<Match> matches = new ArrayList<>();
        List<LinkageResult.Assignment> assignments = new ArrayList<>(n);
        int clusters;
        if (index.twoSided) {
            boolean[] kept = Clusters.oneToOne(pairs, weights, n);
            String[] cluster = new String[n];
            for (int k = 0; k < pairs.length; k++) {
                if (kept[k]) {
                    int i = (int) (pairs[k] >>> 32);
                    int j = (int) pairs[k];
                    Profile a = corpus.get(i);
                    Profile b = corpus.get(j);
                    Profile l = a.side == 0 ? a : b;
                    cluster[i] = "L" + l.id;
                    cluster[j] = "L" + l.id;
                    matches.add(a.side == 0 ? new Match(a.id, b.id, scorer.explain(a, b, false))
                            : new Match(b.id, a.id, scorer.explain(b, a, false)));
                }
            }
            clusters = 0;
            for (int i = 0; i < n; i++) {
                Profile p = corpus.get(i);
                if (cluster[i] == null) {
                    cluster[i] = (p.side == 0 ? "L" : "R") + p.id;
                }
                if (p.side == 0 || cluster[i].charAt(0) == 'R') {
                    clusters++;
                }
                assignments.add(new LinkageResult.Assignment(p.id, p.side, cluster[i]));
            }
        } else {
            int[] rep = Clusters.connect(corpus, scorer, pairs, weights, threshold);
            clusters = 0;
            for (int i = 0; i < n; i++) {
                if (rep[i] == i) {
                    clusters++;
                }
                assignments.add(new LinkageResult.Assignment(corpus.get(i).id, 0, corpus.get(rep[i]).id));
            }
            for (int k = 0; k < pairs.length; k++) {
                int i = (int) (pairs[k] >>> 32);
                int j = (int) pairs[k];
                if (rep[i] == rep[j]) {
                    Profile a = corpus.get(Math.min(i, j));
                    Profile b = corpus.get(Math.max(i, j));
                    matches.add(new Match(a.id, b.id, scorer.explain(a, b, false)));
                }
            }
        }
        long clustered = System.nanoTime();
        progress.done();
        var stats = new LinkageResult.Statistics(n, index.candidatePairs(), clusters, (indexed - start) / 1_000_000,
                (scored - indexed) / 1_000_000, (clustered - scored) / 1_000_000);
        return new LinkageResult(assignments, matches, index.model(), stats);
    }
}
