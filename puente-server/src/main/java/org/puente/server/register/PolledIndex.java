package org.puente.server.register;

/**
 * An in-memory view of register tables that each serving instance keeps, loaded at start-up and
 * then kept current by polling for what other processes committed (see {@link IndexUpkeep}).
 */
interface PolledIndex {

    /** For the log: what the index serves. */
    String label();

    boolean ready();

    /** Reads the whole index unless it is loaded; a concurrent second call waits and returns. */
    void loadIfAbsent();

    /** Applies what other processes committed since the last call. */
    void catchUp();

    /** Compares with the database and reloads or fills in what a poll could have missed. */
    void reconcile();
}
