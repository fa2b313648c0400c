package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a decision answered what it did: the rule set it used, the rules applied, each parameter
 * value used with its source and confidence, the facts it was applied to, and the reasoning
 * steps. Built eagerly as data (cheap: parameter values are shared, not copied); the text is
 * rendered on demand in Spanish or English with {@link #lines(Locale)}. This is the explanation
 * DS 016-2024-JUS asks for automated decisions.
 *
 * @param usesUnconfirmed true when any parameter value or rule used is not confirmed: the answer
 *                        then needs legal review before anyone relies on it
 */
public record Explanation(
        RuleSetVersion ruleSet,
        LocalDate asOf,
        List<Rule> rules,
        List<ParameterValue> parameters,
        List<Fact> facts,
        List<Reason> reasons,
        boolean usesUnconfirmed) {

    /** Every distinct source cited by the rules and parameter values used. */
    public List<Source> sources() {
        var out = new LinkedHashSet<Source>();
        for (var r : rules) out.addAll(r.sources());
        for (var p : parameters) out.add(p.source());
        return List.copyOf(out);
    }

    /** The explanation as lines of text, Spanish unless the locale is English. */
    public List<String> lines(Locale locale) {
        var out = new ArrayList<String>();
        for (var r : reasons) out.add(r.text(locale));
        if (usesUnconfirmed) out.add(Messages.get(locale, "explanation.unconfirmed"));
        out.add(Messages.get(locale, "explanation.rules"));
        for (var r : rules) {
            out.add("  " + r.id() + " — " + r.title().in(locale) + ": " + joined(r.sources())
                    + " [" + Messages.get(locale, "code." + r.confidence().name()) + "]");
        }
        if (!parameters.isEmpty()) {
            out.add(Messages.get(locale, "explanation.parameters"));
            for (var p : parameters) {
                out.add("  " + p.parameter() + " = " + p.valueText() + (p.unit() == null ? "" : " (" + p.unit() + ")")
                        + " — " + p.description().in(locale) + ". " + Messages.get(locale, "explanation.source")
                        + " " + p.source() + " [" + Messages.get(locale, "code." + p.confidence().name()) + "]"
                        + (p.validFrom() == null && p.validTo() == null ? ""
                           : " " + Messages.get(locale, "explanation.valid", p.validFrom(), p.validTo())));
            }
        }
        if (!facts.isEmpty()) {
            out.add(Messages.get(locale, "explanation.facts"));
            for (var f : facts) out.add("  " + f.name() + " = " + Messages.get(locale, "explanation.value", f.value()));
        }
        out.add(Messages.get(locale, "explanation.ruleset", ruleSet.version(), ruleSet.contentHash().substring(0, 12), asOf));
        return out;
    }

    /**
     * The explanation rendered in both languages, for JSON readers. Rendered only when asked for (when
     * the outcome is written), never while deciding.
     */
    @JsonProperty("text")
    public Text rendered() {
        return new Text(text(Locale.forLanguageTag("es")), text(Locale.ENGLISH));
    }

    /** The explanation as one text, one line per reasoning step, rule, parameter and fact. */
    public String text(Locale locale) {
        return String.join("\n", lines(locale));
    }

    private static String joined(List<Source> sources) {
        var sb = new StringBuilder();
        for (var s : sources) {
            if (!sb.isEmpty()) sb.append("; ");
            sb.append(s);
        }
        return sb.toString();
    }
}
