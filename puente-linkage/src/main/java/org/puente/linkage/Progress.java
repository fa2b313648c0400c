package org.puente.linkage;

/** Where a long run is; the command line shows it as a progress bar. Called from one thread at a time per stage. */
public interface Progress {

    /** A new stage begins with {@code total} steps (0 when unknown). */
    void stage(String name, long total);

    /** {@code steps} more steps of the current stage are done. May be called from several threads. */
    void advance(long steps);

    /** The run is over. */
    default void done() {
    }

    static Progress none() {
        return new Progress() {
            @Override
            public void stage(String name, long total) {
            }

            @Override
            public void advance(long steps) {
            }
        };
    }
}
