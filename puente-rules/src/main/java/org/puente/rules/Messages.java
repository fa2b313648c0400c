package org.puente.rules;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's texts ({@code org/puente/rules/messages_es.properties} and {@code _en}). Spanish
 * for every language but English, whatever the JVM's default locale is.
 */
public final class Messages {
    private static final String BUNDLE = "org.puente.rules.messages";
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The two bundles, loaded once: explanations render on hot paths (verification answers). */
    private static final ResourceBundle SPANISH = ResourceBundle.getBundle(BUNDLE, ES, NO_FALLBACK);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);
    /** Parsed patterns by language and key; each use formats with a copy (MessageFormat is not thread-safe). */
    private static final Map<String, MessageFormat> SPANISH_FORMATS = new ConcurrentHashMap<>();
    private static final Map<String, MessageFormat> ENGLISH_FORMATS = new ConcurrentHashMap<>();

    public static ResourceBundle bundle(Locale locale) {
        return isEnglish(locale) ? ENGLISH : SPANISH;
    }

    /** The text of a key with its arguments; enum arguments print as their {@code code.NAME} text. */
    public static String get(Locale locale, String key, Object... args) {
        var bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (args == null || args.length == 0) return pattern.replace("''", "'");
        var shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) shown[i] = shown(bundle, args[i]);
        boolean english = isEnglish(locale);
        MessageFormat parsed = (english ? ENGLISH_FORMATS : SPANISH_FORMATS)
                .computeIfAbsent(key, k -> new MessageFormat(pattern, english ? Locale.ENGLISH : ES));
        return ((MessageFormat) parsed.clone()).format(shown);
    }

    /** Both languages of a key. */
    public static Text text(String key, Object... args) {
        return new Text(get(ES, key, args), get(Locale.ENGLISH, key, args));
    }

    private static Object shown(ResourceBundle bundle, Object arg) {
        return switch (arg) {
            case null -> "—";
            case Enum<?> e -> code(bundle, e.name());
            case LocalDate d -> d.toString();
            case Amount a -> a.toString();
            case Boolean b -> code(bundle, b ? "YES" : "NO");
            case java.util.Collection<?> c -> {
                var sb = new StringBuilder();
                for (var o : c) {
                    if (!sb.isEmpty()) sb.append(", ");
                    sb.append(shown(bundle, o));
                }
                yield sb.isEmpty() ? "—" : sb.toString();
            }
            default -> arg;
        };
    }

    private static String code(ResourceBundle bundle, String name) {
        return bundle.containsKey("code." + name) ? bundle.getString("code." + name) : name;
    }
}
