package org.puente.rules;

import java.time.LocalDate;

/** A decision needed a parameter on a date for which the rule set has no value. */
public final class NoRuleInForce extends RuntimeException {
    private final String parameter;
    private final LocalDate date;

    public NoRuleInForce(String parameter, LocalDate date) {
        super("no value of " + parameter + " in force on " + date);
        this.parameter = parameter;
        this.date = date;
    }

    public String parameter() {
        return parameter;
    }

    public LocalDate date() {
        return date;
    }
}
