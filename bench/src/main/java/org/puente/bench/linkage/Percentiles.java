package org.puente.bench.linkage;

import java.util.Arrays;

/** Latency percentiles over samples in nanoseconds, reported in milliseconds. */
final class Percentiles {

    private final long[] samples;

    Percentiles(long[] samples) {
        this.samples = samples.clone();
        Arrays.sort(this.samples);
    }

    double ms(double percentile) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * samples.length) - 1;
        return samples[Math.max(0, Math.min(index, samples.length - 1))] / 1_000_000.0;
    }
}
