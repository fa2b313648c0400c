package org.puente.server.common;

/**
 * A part of Puente cannot answer yet (e.g. the name index is still loading): nothing was
 * changed, and the caller may retry after {@link #retryAfterSeconds()}.
 */
public class Unavailable extends RuntimeException {

    private final String code;
    private final int retryAfterSeconds;

    public Unavailable(String code, int retryAfterSeconds) {
        super(code);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String code() {
        return code;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
