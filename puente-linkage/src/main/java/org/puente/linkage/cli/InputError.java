package org.puente.linkage.cli;

/** A problem with an input file, said so a person can fix it: which file, which line, what is wrong. */
public final class InputError extends RuntimeException {

    private final long line;

    public InputError(String file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.line = line;
    }

    /** The line the problem is on (1 is the header), or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
