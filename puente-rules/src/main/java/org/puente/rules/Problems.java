package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects what is wrong with a facts record, then throws one {@link FactsProblem} naming every field. */
final class Problems {
    private List<FactsProblem.Field> fields;

    void add(String path, String key, Object... args) {
        if (fields == null) fields = new ArrayList<>(2);
        fields.add(new FactsProblem.Field(path, Messages.text(key, args)));
    }

    boolean required(String path, Object value) {
        if (value == null) {
            add(path, "problem.required");
            return false;
        }
        return true;
    }

    void nationality(String path, String value) {
        if (required(path, value) && !isIso3(value)) add(path, "problem.nationality", value);
    }

    /** Three capital letters (ISO 3166-1 alpha-3 shape), checked without a regex: it runs per worker. */
    static boolean isIso3(String value) {
        if (value == null || value.length() != 3) return false;
        for (int i = 0; i < 3; i++) {
            char c = value.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    void notBefore(String path, LocalDate value, String otherPath, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) add(path, "problem.before", otherPath);
    }

    void notNegative(String path, Number value) {
        if (value != null && value.doubleValue() < 0) add(path, "problem.negative");
    }

    void noNulls(String path, Collection<?> values) {
        if (values == null) return;
        int i = 0;
        for (var v : values) {
            if (v == null) add(path + "[" + i + "]", "problem.required");
            i++;
        }
    }

    boolean any() {
        return fields != null;
    }

    void throwIfAny() {
        if (fields != null) throw new FactsProblem(fields);
    }
}
