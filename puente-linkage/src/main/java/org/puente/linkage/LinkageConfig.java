package org.puente.linkage;

/**
 * How a run is done. The defaults are the configuration every benchmark uses; only the column
 * mapping differs between data sets.
 *
 * @param threshold     match probability at or above which two records are the same person
 * @param reviewFloor   lowest probability an index still returns as a candidate for review
 * @param blockCap      largest block compared in full (50 by default); larger blocks use their refined key, and
 *                      refined blocks larger than this are skipped (other key families still meet)
 * @param randomPairs   record pairs drawn at random to learn how often fields agree by chance (u)
 * @param trainingPairs candidate pairs (at most) the expectation-maximisation learns m from
 * @param seed          seed of the random sampling, so runs repeat
 * @param beiderMorse   also count words with a common Beider–Morse code (Spanish rules) as the
 *                      same sound; off by default: it costs about a millisecond per distinct word
 */
public record LinkageConfig(double threshold, double reviewFloor, int blockCap, int randomPairs, int trainingPairs,
                            long seed, boolean beiderMorse) {

    public LinkageConfig {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be a probability between 0 and 1, exclusive");
        }
        if (blockCap < 2) {
            throw new IllegalArgumentException("blockCap must be at least 2");
        }
    }

    public static LinkageConfig defaults() {
        return new LinkageConfig(0.9, 0.01, 50, 300_000, 300_000, 42, false);
    }

    public LinkageConfig withThreshold(double probability) {
        return new LinkageConfig(probability, reviewFloor, blockCap, randomPairs, trainingPairs, seed, beiderMorse);
    }

    public LinkageConfig withBlockCap(int cap) {
        return new LinkageConfig(threshold, reviewFloor, cap, randomPairs, trainingPairs, seed, beiderMorse);
    }

    public LinkageConfig withBeiderMorse(boolean on) {
        return new LinkageConfig(threshold, reviewFloor, blockCap, randomPairs, trainingPairs, seed, on);
    }

    /** The threshold as a match weight in bits. */
    double thresholdWeight() {
        return Math.log(threshold / (1 - threshold)) / Math.log(2);
    }
}
