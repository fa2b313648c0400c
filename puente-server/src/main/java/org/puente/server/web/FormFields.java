package org.puente.server.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.puente.server.common.InvalidInput;

/**
 * Values as HTML forms send them, read into typed facts: a blank field is "not given" (null), a
 * malformed one is added to the form's problems under its field name.
 */
public final class FormFields {

    private FormFields() {
    }

    /** A constant of {@code type} by name; blank is null. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
                                               InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "validation.json.enum", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /**
     * An amount of money as people type it: {@code 1500}, {@code 1500.50}, {@code 1500,50},
     * {@code 1,500.50} or {@code 1 500}; blank is null.
     */
    public static BigDecimal amount(String value, String field, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replace(" ", "").replace("\u00a0", "");
        if (s.startsWith("S/")) {
            s = s.substring(2);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // The later mark separates the decimals; the other groups thousands.
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.length() - comma == 4 && s.indexOf(',') == comma ? s.replace(",", "") : s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(field, "validation.amount");
            return null;
        }
    }

    /** {@code yes} or {@code no}; anything else (the "don't know" choice) is null. */
    public static Boolean yesNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }
}
