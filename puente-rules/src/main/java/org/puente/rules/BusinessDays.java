package org.puente.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Business days ("días hábiles") in Peru: Monday to Friday, less the national public holidays of
 * the rule set's {@code pe.holidays} parameter (one dated list per year). Local holidays and the
 * public sector's occasional non-working days ("días no laborables") are not counted.
 *
 * <p>A deadline of N business days from a date counts from the next day: the first business day
 * after the date is day 1 (the convention is the parameter {@code deadlines.count_from_next_day}).
 */
public final class BusinessDays {
    static final String HOLIDAYS = "pe.holidays";

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Map<Integer, ParameterValue> byYear = new HashMap<>();

    BusinessDays(Parameter holidays) {
        if (holidays == null) return;
        for (var v : holidays.values()) {
            for (var d : v.dates()) {
                this.holidays.add(d);
                byYear.putIfAbsent(d.getYear(), v);
            }
        }
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        var dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** Whether the rule set lists the holidays of that year. */
    public boolean covers(int year) {
        return byYear.containsKey(year);
    }

    /** The holiday list of a year, or null when the rule set has none for it. */
    public ParameterValue holidaysOf(int year) {
        return byYear.get(year);
    }

    /** The n-th business day after {@code from} (n ≥ 1); {@code from} itself never counts. */
    public LocalDate plus(LocalDate from, int n) {
        if (n < 0) return minus(from, -n);
        var d = from;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) counted++;
        }
        return d;
    }

    /** The n-th business day before {@code from}; {@code from} itself never counts. */
    public LocalDate minus(LocalDate from, int n) {
        var d = from;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (isBusinessDay(d)) counted++;
        }
        return d;
    }

    /** Business days in (start, end]: how many have run from {@code start} to {@code end}. */
    public int between(LocalDate start, LocalDate end) {
        int n = 0;
        for (var d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isBusinessDay(d)) n++;
        }
        return n;
    }
}
