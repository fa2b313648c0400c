package org.puente.rules;

import java.util.List;

/**
 * The facts given to a decision are missing or invalid. Each {@link Field} names the field by its
 * path in the facts record ({@code workers[2].monthlyPay}) and says what is wrong and how to fix
 * it, in Spanish and English, so the server can answer a problem+json naming the field.
 */
public final class FactsProblem extends RuntimeException {

    /** One invalid field: its path in the facts (JSON property names) and the message. */
    public record Field(String path, Text message) {
    }

    private final List<Field> fields;

    public FactsProblem(List<Field> fields) {
        super(summary(fields));
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    private static String summary(List<Field> fields) {
        var sb = new StringBuilder("invalid facts:");
        for (var f : fields) sb.append(' ').append(f.path()).append(": ").append(f.message().en()).append(';');
        return sb.toString();
    }
}
