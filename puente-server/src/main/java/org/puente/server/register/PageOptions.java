package org.puente.server.register;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices register forms offer, with their names in the user's language. */
@Component
class PageOptions {

    /** One entry of a select: the value sent, the text shown. */
    record Option(String value, String label) {
    }

    private final MessageSource messages;

    PageOptions(MessageSource messages) {
        this.messages = messages;
    }

    List<Option> countries(Locale locale) {
        return Countries.forSelection(locale).stream().map(c -> new Option(c, Countries.name(c, locale) + " (" + c + ")"))
                .toList();
    }

    List<Option> documentTypes(Locale locale) {
        return List.of(DocumentType.values()).stream()
                .map(t -> new Option(t.name(), messages.getMessage(t.messageKey(), null, t.name(), locale))).toList();
    }

    List<Option> categories(Locale locale) {
        return List.of(CalidadMigratoria.values()).stream()
                .map(c -> new Option(c.name(), messages.getMessage(c.messageKey(), null, c.name(), locale))).toList();
    }

    List<Option> sexes(Locale locale) {
        return List.of(Sex.values()).stream()
                .map(s -> new Option(s.name(), messages.getMessage("pages.sex." + s.name(), null, s.name(), locale)))
                .toList();
    }

    List<Option> purposes(Locale locale) {
        return FormValues.PURPOSES.stream()
                .map(p -> new Option(p, messages.getMessage("purpose." + p, null, p, locale))).toList();
    }
}
