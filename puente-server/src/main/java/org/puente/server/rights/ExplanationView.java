package org.puente.server.rights;

import java.util.List;
import java.util.Locale;

import org.puente.rules.Explanation;
import org.puente.rules.Source;

/**
 * A decision's explanation as a page shows it ({@code fragments/explanation.html}): whether it rests
 * on anything unconfirmed, its lines in the user's language, the distinct legal sources, and the
 * rule set version it was evaluated with.
 */
public record ExplanationView(boolean unconfirmed, List<String> lines, List<String> sources, String ruleSet,
                              String asOf) {

    public static ExplanationView of(Explanation e, Locale locale) {
        return new ExplanationView(e.usesUnconfirmed(), e.lines(locale),
                e.sources().stream().map(Source::toString).toList(), e.ruleSet().version(), String.valueOf(e.asOf()));
    }
}
