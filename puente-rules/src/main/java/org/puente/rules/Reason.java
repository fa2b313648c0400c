package org.puente.rules;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One step of a decision's reasoning: a message key of the library's bundles and its arguments.
 * Kept as data on the hot path; the text is rendered only when asked for.
 */
public record Reason(String key, List<Object> args) {

    /** Both languages, for JSON readers; rendered only when the answer is written. */
    @JsonProperty("text")
    public Text text() {
        return Messages.text(key, args.toArray());
    }

    public String text(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
