package org.puente.rules;

import java.util.Locale;
import java.util.Objects;

/** A text in Spanish and English. Spanish is the default for any language other than English. */
public record Text(String es, String en) {
    public Text {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }

    public String in(Locale locale) {
        return Messages.isEnglish(locale) ? en : es;
    }
}
