package org.puente.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A parameter of Peru's rules (a share, a day count, a list of document types, a cap…) with its
 * values over time. Unconfirmed facts are parameters too, flagged {@link Confidence#UNCONFIRMED},
 * so legal review changes data, not code.
 *
 * @param type how the value is written in the file: {@code decimal}, {@code integer}, {@code date},
 *             {@code dates}, {@code codes}, {@code amount}, {@code flag}, {@code map} or {@code text}
 */
public record Parameter(String id, Text description, String type, String unit, List<ParameterValue> values) {

    /** The value in force on the date, or null when none is. */
    public ParameterValue at(LocalDate date) {
        for (var v : values) {
            if (v.appliesOn(date)) return v;
        }
        return null;
    }
}
