package org.puente.server.common;

/**
 * The request is well-formed but clashes with the current state: someone else changed the
 * record first, or the document already belongs to a person. Nothing was changed.
 */
public class Conflict extends RuntimeException {

    private final String code;
    private final String field;

    public Conflict(String code) {
        this(code, null);
    }

    public Conflict(String code, String field) {
        super(code);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The field the conflict is about, or null. */
    public String field() {
        return field;
    }
}
