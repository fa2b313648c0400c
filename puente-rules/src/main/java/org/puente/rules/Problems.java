package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects what is wrong with a facts record, then throws one {@link FactsProblem} naming every field. */
final class Problems {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

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
        if (required(path, value) && !ISO3.matcher(value).matches()) add(path, "problem.nationality", value);
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
