package org.puente.rules;

import java.util.List;
import java.util.Locale;

/**
 * Whether the holder may do something, with what it depends on (condition codes such as
 * {@code ASYLUM_WORK_AUTHORISATION}), the reasoning step that says why, the sources it rests on and
 * how sure that is.
 */
public record Entitlement(Permission status, List<String> dependsOn, Reason reason, List<Source> basis,
                          Confidence confidence) {

    /** The plain-language reason, Spanish unless the locale is English. */
    public String explanation(Locale locale) {
        return reason.text(locale);
    }
}
