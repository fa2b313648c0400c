package org.puente.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Fellegi–Sunter model: for each comparison level, how often true matches fall into it (m)
 * and how often two records taken at random do (u), and the prior chance that two random
 * records are the same person. Learnt from the data itself: u from random pairs (and, for
 * exact agreement, from how often each value occurs), m and the prior by expectation
 * maximisation over the candidate pairs. Labelled pairs from review decisions can refine m.
 */
public final class Model {

    private static final double LOG2 = Math.log(2);
    private static final double MAX_WEIGHT = 30;
    private static final double MIN_WEIGHT = -30;

    private final Comparisons.Comparison[] comparisons;
    final double[][] m;
    final double[][] u;
    final double[][] weights;
    /** log₂ of the prior odds that two records taken at random are the same person. */
    final double prior;
    /** Expected number of matching pairs, as the EM estimated it. */
    final double expectedMatches;

    Model(Comparisons.Comparison[] comparisons, double[][] m, double[][] u, double prior, double expectedMatches) {
        this.comparisons = comparisons;
        this.m = m;
        this.u = u;
        this.prior = prior;
        this.expectedMatches = expectedMatches;
        this.weights = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            weights[c] = new double[m[c].length];
            for (int l = 0; l < m[c].length; l++) {
                weights[c][l] = clamp(log2(m[c][l] / u[c][l]));
            }
        }
    }

    /** The prior in bits. */
    public double prior() {
        return prior;
    }

    /** A table of m, u and weight per comparison level, for reports (no personal data). */
    public String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "prior %.2f bits, expected matches %.0f%n",
                prior, expectedMatches));
        for (int c = 0; c < comparisons.length; c++) {
            for (int l = 0; l < m[c].length; l++) {
                sb.append(String.format(Locale.ROOT, "%-14s %-44s m=%.5f u=%.7f w=%+.2f%n", comparisons[c].name(),
                        comparisons[c].levels().get(l), m[c][l], u[c][l], weights[c][l]));
            }
        }
        return sb.toString();
    }

    static double log2(double x) {
        return Math.log(x) / LOG2;
    }

    static double clamp(double w) {
        return Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, w));
    }

    static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return odds / (1 + odds);
    }

    // --- learning ---

    /** What one training session learnt: m of its free comparisons, and how many of its pairs match. */
    record Session(boolean[] free, double[][] m, double pairs, double matchShare) {
        double matches() {
            return pairs * matchShare;
        }
    }

    /**
     * One EM session over candidate pairs that all agree on one blocking key (the same birth
     * date, the same name key or the same document number): u stays the one measured on random
     * pairs, which is right for the comparisons the key does not involve, and m is estimated for
     * those only ({@code free}); the key's own comparisons are left out of the likelihood. Among
     * people born the same day, names separate the same person from strangers; among namesakes,
     * dates and documents do. A single EM over all candidates would instead learn "same family"
     * (siblings agree on surnames, twins on dates too) as if it were "same person".
     */
    static Session session(Comparisons.Comparison[] comparisons, Map<Long, long[]> patterns, boolean[] free,
                           double[][] u) {
        int n = comparisons.length;
        double[][] m = initialM(comparisons);
        long[] keys = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int k = 0;
        double total = 0;
        for (var e : patterns.entrySet()) {
            keys[k] = e.getKey();
            counts[k++] = e.getValue()[0];
            total += e.getValue()[0];
        }
        double lambda = 0.5;
        for (int iteration = 0; iteration < 500; iteration++) {
            double[][] mSum = zeros(m);
            double matches = 0;
            for (int p = 0; p < keys.length; p++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int c = 0; c < n; c++) {
                    int level = free[c] ? level(keys[p], c) : -1;
                    if (level >= 0) {
                        pm *= m[c][level];
                        pu *= u[c][level];
                    }
                }
                double cw = counts[p] * pm / (pm + pu);
                matches += cw;
                for (int c = 0; c < n; c++) {
                    int level = free[c] ? level(keys[p], c) : -1;
                    if (level >= 0) {
                        mSum[c][level] += cw;
                    }
                }
            }
            double next = Math.min(1 - 1e-9, Math.max(1e-9, matches / total));
            double change = Math.abs(next - lambda);
            lambda = next;
            for (int c = 0; c < n; c++) {
                if (free[c]) {
                    change = Math.max(change, normalise(mSum[c], m[c], 1e-2));
                }
            }
            if (change < 1e-7) {
                break;
            }
        }
        return new Session(free, m, total, lambda);
    }

    /**
     * The model from its sessions: each comparison's m averaged over the sessions where it was
     * free (weighted by their matches), u from random pairs, and the prior from the number of
     * matches the sessions imply.
     */
    static Model combine(Comparisons.Comparison[] comparisons, List<Session> sessions, double[][] u,
                         double expectedMatches, double allPairs) {
        double[][] m = initialM(comparisons);
        for (int c = 0; c < comparisons.length; c++) {
            double[] sum = new double[m[c].length];
            double weight = 0;
            for (Session s : sessions) {
                if (s.free()[c] && s.matches() >= 5) {
                    for (int l = 0; l < sum.length; l++) {
                        sum[l] += s.m()[c][l] * s.matches();
                    }
                    weight += s.matches();
                }
            }
            if (weight > 0) {
                for (int l = 0; l < sum.length; l++) {
                    m[c][l] = sum[l] / weight;
                }
            }
        }
        double lambda = Math.min(0.5, Math.max(1.0 / allPairs, expectedMatches / allPairs));
        return new Model(comparisons, m, u, log2(lambda / (1 - lambda)), expectedMatches);
    }

    /** Before learning: most matches agree exactly, few disagree. */
    static double[][] initialM(Comparisons.Comparison[] comparisons) {
        double[][] m = new double[comparisons.length][];
        for (int c = 0; c < comparisons.length; c++) {
            int levels = comparisons[c].levelCount();
            m[c] = new double[levels];
            double sum = 0;
            for (int l = 0; l < levels; l++) {
                m[c][l] = l == levels - 1 ? 0.05 : Math.pow(0.3, l);
                sum += m[c][l];
            }
            for (int l = 0; l < levels; l++) {
                m[c][l] /= sum;
            }
        }
        return m;
    }

    /**
     * The same model with m refined by labelled pairs (a registrar's "same person" decisions);
     * each learnt m level keeps the weight of {@code pseudoCount} observations, so a few labels
     * nudge it and many labels dominate. "Different person" labels do not change u: they are hard
     * cases, not random pairs; they are counted only to check the threshold.
     */
    Model refine(List<int[]> matchedLevels, double pseudoCount) {
        double[][] refined = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            double[] counts = new double[m[c].length];
            double seen = 0;
            for (int[] levels : matchedLevels) {
                if (levels[c] >= 0) {
                    counts[levels[c]]++;
                    seen++;
                }
            }
            refined[c] = new double[m[c].length];
            for (int l = 0; l < m[c].length; l++) {
                refined[c][l] = (m[c][l] * pseudoCount + counts[l] + 1e-4) / (pseudoCount + seen + 1e-4 * m[c].length);
            }
        }
        return new Model(comparisons, refined, u, prior, expectedMatches);
    }

    static long pattern(int[] levels) {
        long key = 0;
        for (int c = 0; c < levels.length; c++) {
            key |= (long) (levels[c] + 1) << (4 * c);
        }
        return key;
    }

    static int level(long pattern, int c) {
        return (int) ((pattern >>> (4 * c)) & 0xF) - 1;
    }

    private static double normalise(double[] sums, double[] into, double floor) {
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        double change = 0;
        for (int l = 0; l < sums.length; l++) {
            double v = (sums[l] + floor) / (total + floor * sums.length);
            change = Math.max(change, Math.abs(v - into[l]));
            into[l] = v;
        }
        return change;
    }

    private static double[][] zeros(double[][] like) {
        double[][] z = new double[like.length][];
        for (int i = 0; i < like.length; i++) {
            z[i] = new double[like[i].length];
        }
        return z;
    }

    List<String> comparisonNames() {
        List<String> names = new ArrayList<>();
        for (var c : comparisons) {
            names.add(c.name());
        }
        return names;
    }

    @Override
    public String toString() {
        return "Model" + Arrays.deepToString(weights);
    }
}
