package org.puente.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.puente.server.common.InvalidInput;

/** Dates as an HTML date input sends them (yyyy-MM-dd), for every staff page's forms. */
public final class FormDates {

    private FormDates() {
    }

    /** The date, or null when blank; a malformed one is added to {@code problems} under {@code field}. */
    public static LocalDate parse(String value, String field, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "validation.json.date");
            return null;
        }
    }
}
