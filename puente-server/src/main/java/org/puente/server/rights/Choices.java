package org.puente.server.rights;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.puente.rules.Messages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices the rights and employment forms offer, named in the user's language: countries by
 * their ISO 3166-1 alpha-3 code, and the library's document types, statuses and calidades.
 */
@Component
public class Choices {

    /** One entry of a select: the value sent, the text shown. */
    public record Option(String value, String label) {
    }

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    /** Every country the JDK knows, by name in the user's language, with its code. */
    public List<Option> countries(Locale locale) {
        Collator order = Collator.getInstance(locale);
        List<Option> out = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", alpha2);
            try {
                String alpha3 = country.getISO3Country();
                out.add(new Option(alpha3, country.getDisplayCountry(locale) + " (" + alpha3 + ")"));
            } catch (MissingResourceException noAlpha3) {
                // A region without an alpha-3 code cannot be sent to the rules.
            }
        }
        out.sort(Comparator.comparing(Option::label, order));
        return out;
    }

    /** Yes and no, for a question the user may also leave unanswered. */
    public List<Option> yesNo(Locale locale) {
        return List.of(new Option("yes", messages.getMessage("rights.yes", null, "yes", locale)),
                new Option("no", messages.getMessage("rights.no", null, "no", locale)));
    }

    /** The constants of an enum, named by the library's {@code code.NAME} texts or this server's {@code prefix.NAME}. */
    public <E extends Enum<E>> List<Option> of(Class<E> type, String prefix, Locale locale) {
        List<Option> out = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            out.add(new Option(constant.name(), name(prefix, constant.name(), locale)));
        }
        return out;
    }

    /** A code's name: this server's text when it has one, else the library's, else the code itself. */
    public String name(String prefix, String code, Locale locale) {
        String own = messages.getMessage(prefix + "." + code, null, null, locale);
        if (own != null) {
            return own;
        }
        String library = Messages.get(locale, "code." + code);
        return library.startsWith("[") ? code : capitalised(library);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
