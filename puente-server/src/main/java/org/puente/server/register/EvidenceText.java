package org.puente.server.register;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The linkage engine's field and level names ("surnames", "day and month swapped") in the page's
 * language; templates call it as {@code @evidence}. A name without a translation shows as the
 * engine wrote it.
 */
@Component("evidence")
class EvidenceText {

    private final MessageSource messages;

    EvidenceText(MessageSource messages) {
        this.messages = messages;
    }

    public String field(String name) {
        return text("linkage.field.", name);
    }

    public String level(String name) {
        return text("linkage.level.", name);
    }

    private String text(String prefix, String name) {
        return messages.getMessage(prefix + key(name), null, name, LocaleContextHolder.getLocale());
    }

    /** "similar (≥0.92)" → "similar-0-92": message keys of letters, digits and dashes. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
