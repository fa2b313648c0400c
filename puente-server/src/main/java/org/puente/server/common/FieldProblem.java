package org.puente.server.common;

import java.util.List;

/**
 * What is wrong with one field, as a message code and its arguments; the edge (API, page,
 * import report) renders it in the user's language.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
