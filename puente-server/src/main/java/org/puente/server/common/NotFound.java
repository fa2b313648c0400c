package org.puente.server.common;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFound extends RuntimeException {

    private final String code;

    public NotFound(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
