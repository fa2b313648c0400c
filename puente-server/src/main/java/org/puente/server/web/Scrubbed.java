package org.puente.server.web;

/**
 * An exception as it may be logged: classes and stack frames kept, messages dropped, because
 * database and parser messages can quote the names, numbers and dates that were being written.
 */
public final class Scrubbed extends RuntimeException {

    private Scrubbed(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    public static Throwable of(Throwable original) {
        if (original == null) {
            return null;
        }
        Throwable cause = original.getCause() == original ? null : of(original.getCause());
        return new Scrubbed(original, cause);
    }
}
