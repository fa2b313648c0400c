package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Records, while a decision runs, what its explanation will say: the rules applied, each parameter
 * value read (looked up as of the decision's date), the facts used and the reasoning steps.
 * Only references and small records are kept; nothing is formatted here.
 */
final class Trace {
    final RuleBook book;
    final LocalDate asOf;
    private final ArrayList<Rule> rules = new ArrayList<>(4);
    private final ArrayList<ParameterValue> parameters = new ArrayList<>(12);
    private final ArrayList<Fact> facts = new ArrayList<>(8);
    private final ArrayList<Reason> reasons = new ArrayList<>(6);
    private boolean unconfirmed;

    Trace(RuleBook book, LocalDate asOf) {
        this.book = book;
        this.asOf = asOf;
    }

    Trace rule(String id) {
        var r = book.rule(id);
        for (var known : rules) if (known == r) return this;
        rules.add(r);
        if (r.confidence() == Confidence.UNCONFIRMED) unconfirmed = true;
        return this;
    }

    /** The parameter's value as of the decision's date, recorded in the explanation. */
    ParameterValue use(String id) {
        return use(book.value(id, asOf));
    }

    /** The parameter's value on another date (e.g. the date a card was issued). */
    ParameterValue useOn(String id, LocalDate date) {
        return use(book.value(id, date));
    }

    /** The value in force as of the decision's date, or null (not recorded) when none is. */
    ParameterValue useIfInForce(String id) {
        var v = book.valueOrNull(id, asOf);
        return v == null ? null : use(v);
    }

    ParameterValue use(ParameterValue v) {
        for (var known : parameters) if (known == v) return v;
        parameters.add(v);
        if (v.confidence() == Confidence.UNCONFIRMED) unconfirmed = true;
        return v;
    }

    void fact(String name, Object value) {
        facts.add(new Fact(name, value));
    }

    void reason(String key, Object... args) {
        reasons.add(new Reason(key, args.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(args))));
    }

    /** Marks the answer as resting on something unconfirmed that is not a parameter value. */
    void unconfirmed() {
        unconfirmed = true;
    }

    boolean usesUnconfirmed() {
        return unconfirmed;
    }

    /**
     * The n-th business day after {@code from}, recording the holiday lists of every year crossed
     * and the counting convention. A year the rule set has no holidays for is counted with weekends
     * only, and the explanation says so.
     */
    LocalDate businessDaysAfter(LocalDate from, int n) {
        use("deadlines.count_from_next_day");
        var days = book.businessDays();
        var due = days.plus(from, n);
        for (int y = from.getYear(); y <= due.getYear(); y++) {
            var list = days.holidaysOf(y);
            if (list != null) {
                use(list);
            } else {
                reason("deadline.no_holidays", y);
                unconfirmed = true;
            }
        }
        return due;
    }

    LocalDate businessDaysBefore(LocalDate from, int n) {
        var days = book.businessDays();
        var start = days.minus(from, n);
        for (int y = start.getYear(); y <= from.getYear(); y++) {
            var list = days.holidaysOf(y);
            if (list != null) {
                use(list);
            } else {
                reason("deadline.no_holidays", y);
                unconfirmed = true;
            }
        }
        return start;
    }

    Explanation explain() {
        return new Explanation(book.version(), asOf, List.copyOf(rules), List.copyOf(parameters), List.copyOf(facts),
                List.copyOf(reasons), unconfirmed);
    }
}
