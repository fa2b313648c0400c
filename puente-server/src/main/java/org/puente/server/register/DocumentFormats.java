package org.puente.server.register;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which numbers are well-formed for each document type and issuing country, read from the
 * table {@code register/document-formats.csv} (all rows unconfirmed, fact sheet §1.6).
 */
public final class DocumentFormats {

    /** One row of the table. */
    public record Format(DocumentType type, String issuingCountry, Pattern pattern, String stripPrefix,
                         String hintEs, String hintEn) {

        boolean appliesTo(DocumentType t, String country) {
            return type == t && (issuingCountry.equals("*") || issuingCountry.equals(country));
        }

        public String hint(Locale locale) {
            return "en".equals(locale.getLanguage()) ? hintEn : hintEs;
        }
    }

    private static final DocumentFormats STANDARD = load();

    private final List<Format> formats;

    private DocumentFormats(List<Format> formats) {
        this.formats = List.copyOf(formats);
    }

    public static DocumentFormats standard() {
        return STANDARD;
    }

    /** The countries that issue a type, or empty when any country may ("*"). */
    public List<String> issuingCountries(DocumentType type) {
        List<String> countries = formats.stream().filter(f -> f.type() == type).map(Format::issuingCountry).toList();
        return countries.contains("*") ? List.of() : countries;
    }

    public Optional<Format> formatFor(DocumentType type, String issuingCountry) {
        return formats.stream().filter(f -> f.appliesTo(type, issuingCountry)).findFirst();
    }

    /** Separators removed, upper-cased, the country's prefix dropped. */
    public String normalise(DocumentType type, String issuingCountry, String number) {
        String plain = plain(number);
        return formatFor(type, issuingCountry)
                .filter(f -> !f.stripPrefix().isEmpty() && plain.startsWith(f.stripPrefix()))
                .map(f -> plain.substring(f.stripPrefix().length()))
                .orElse(plain);
    }

    /** Separators removed and upper-cased: how any typed number is compared. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s.\\-/]");

    public static String plain(String number) {
        return number == null ? "" : SEPARATORS.matcher(number.strip().toUpperCase(Locale.ROOT)).replaceAll("");
    }

    public boolean isWellFormed(DocumentType type, String issuingCountry, String normalisedNumber) {
        return formatFor(type, issuingCountry).map(f -> f.pattern().matcher(normalisedNumber).matches()).orElse(false);
    }

    private static DocumentFormats load() {
        try (Reader in = new InputStreamReader(
                DocumentFormats.class.getResourceAsStream("/register/document-formats.csv"), StandardCharsets.UTF_8)) {
            List<Format> formats = new ArrayList<>();
            CSVFormat csv = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : csv.parse(in)) {
                formats.add(new Format(DocumentType.valueOf(row.get("type")), row.get("issuing_country"),
                        Pattern.compile(row.get("pattern")), row.get("strip_prefix"), row.get("hint_es"),
                        row.get("hint_en")));
            }
            return new DocumentFormats(formats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
