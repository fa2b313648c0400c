package org.puente.bench;

import java.util.Arrays;

/** Latency percentiles over recorded samples (nanoseconds), reported in milliseconds. */
public final class Percentiles {

    private final long[] samples;

    public Percentiles(long[] samples) {
        this.samples = samples.clone();
        Arrays.sort(this.samples);
    }

    public double ms(double percentile) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * samples.length) - 1;
        return samples[Math.max(0, Math.min(index, samples.length - 1))] / 1_000_000.0;
    }

    public String summary() {
        return String.format("n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", samples.length, ms(50), ms(95),
                ms(99), ms(100));
    }
}
