package org.puente.server.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.puente.server.common.InvalidInput;

/** Reads typed form text into dates and choices, noting what cannot be read. */
final class FormValues {

    /** Why a record is consulted, kept in the audit log; the first is the default. */
    static final List<String> PURPOSES = List.of("procedure", "identity-check", "data-correction", "follow-up",
            DuplicateReview.PURPOSE);

    private FormValues() {
    }

    static String purpose(String value) {
        return value != null && PURPOSES.contains(value) ? value : PURPOSES.getFirst();
    }

    /** A date as a date input sends it (yyyy-MM-dd); blank is "not given". */
    static LocalDate date(String value, String field, InvalidInput.Collector problems) {
        return org.puente.server.web.FormDates.parse(value, field, problems);
    }

    /** A choice from a select; blank is "not given", an unknown value a problem. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, InvalidInput.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "validation.parameter");
            return null;
        }
    }
}
