package org.puente.rules;

import java.math.BigDecimal;

/** A sum of money in a currency (ISO 4217: PEN, USD). */
public record Amount(BigDecimal amount, String currency) {
    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
