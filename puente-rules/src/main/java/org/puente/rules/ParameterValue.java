package org.puente.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One dated value of a parameter, with the norm it comes from and how sure Puente is of it.
 * Built once when the rule set loads and shared by every decision that uses it, so an explanation
 * can hold it without copying. {@code validFrom} or {@code validTo} is null when the value applies
 * since, or until, a date the rule set does not record.
 *
 * @param parameter   the parameter's id, e.g. {@code dl689.headcount_share}
 * @param description what the parameter means, in Spanish and English
 * @param unit        what the number counts ({@code share}, {@code calendar_days}, {@code business_days},
 *                    {@code months}, {@code years}) or the kind of list ({@code document_types}, {@code dates}, …)
 * @param value       {@link BigDecimal}, {@link Integer}, {@link LocalDate}, {@code List<LocalDate>},
 *                    {@code List<String>}, {@link Amount}, {@link Boolean}, {@code Map<String,String>} or {@link String}
 */
public record ParameterValue(
        String parameter,
        Text description,
        String unit,
        LocalDate validFrom,
        LocalDate validTo,
        Object value,
        Source source,
        Confidence confidence,
        String note) {

    public boolean appliesOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean confirmed() {
        return confidence == Confidence.CONFIRMED;
    }

    public BigDecimal decimal() {
        return (BigDecimal) value;
    }

    public int integer() {
        return (Integer) value;
    }

    public LocalDate date() {
        return (LocalDate) value;
    }

    public Amount amount() {
        return (Amount) value;
    }

    public boolean flag() {
        return (Boolean) value;
    }

    public String string() {
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    public List<String> codes() {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public List<LocalDate> dates() {
        return (List<LocalDate>) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> map() {
        return (Map<String, String>) value;
    }

    /** The value as the explanation prints it. */
    public String valueText() {
        return switch (value) {
            case BigDecimal d -> d.toPlainString();
            case List<?> l when l.size() > 12 -> l.size() + " " + unit;
            default -> String.valueOf(value);
        };
    }
}
