package org.puente.server.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.puente.server.common.InvalidInput;

/**
 * What the register accepts. Problems are collected per field (paths as in the API's JSON, e.g.
 * {@code document.number}) so a form or a problem+json answer can show all of them at once.
 */
final class RegisterRules {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '.\\-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private RegisterRules() {
    }

    static void checkPerson(NewPerson p, LocalDate today, InvalidInput.Collector problems) {
        name(problems, "givenNames", p.givenNames(), 120, true);
        name(problems, "firstSurname", p.firstSurname(), 80, true);
        name(problems, "secondSurname", p.secondSurname(), 80, false);
        if (p.sex() == null) {
            problems.add("sex", "validation.required");
        }
        birthDate(problems, p.birthDate(), today);
        country(problems, "nationality", p.nationality());
        contact(problems, p.contact());
        if (p.document() == null) {
            problems.add("document", "validation.required");
        } else {
            checkDocument(p.document(), "document.", today, problems);
        }
        if (p.sourceRecordId() != null && p.sourceRecordId().length() > 64) {
            problems.add("recordId", "validation.tooLong", 64);
        }
    }

    static void checkDocument(NewDocument d, String prefix, LocalDate today, InvalidInput.Collector problems) {
        if (d.type() == null) {
            problems.add(prefix + "type", "validation.required");
        }
        country(problems, prefix + "issuingCountry", d.issuingCountry());
        if (d.number() == null || d.number().isBlank()) {
            problems.add(prefix + "number", "validation.required");
        }
        if (d.type() != null && Countries.isValid(d.issuingCountry())) {
            DocumentFormats formats = DocumentFormats.standard();
            List<String> issuers = formats.issuingCountries(d.type());
            if (!issuers.isEmpty() && !issuers.contains(d.issuingCountry())) {
                problems.add(prefix + "issuingCountry", "validation.document.issuer", String.join(", ", issuers));
            } else if (d.number() != null && !d.number().isBlank()) {
                String number = formats.normalise(d.type(), d.issuingCountry(), d.number());
                if (!formats.isWellFormed(d.type(), d.issuingCountry(), number)) {
                    var format = formats.formatFor(d.type(), d.issuingCountry()).orElseThrow();
                    problems.add(prefix + "number", "validation.document.number",
                            format.hintEs(), format.hintEn());
                }
            }
        }
        if (d.issuedOn() != null && d.issuedOn().isAfter(today)) {
            problems.add(prefix + "issuedOn", "validation.date.future");
        }
        if (d.issuedOn() != null && d.expiresOn() != null && !d.expiresOn().isAfter(d.issuedOn())) {
            problems.add(prefix + "expiresOn", "validation.document.expiresBeforeIssue");
        }
        if (d.expiresOn() != null && d.expiresOn().isAfter(today.plusYears(20))) {
            problems.add(prefix + "expiresOn", "validation.date.tooFar");
        }
    }

    static void checkStatus(NewStatus s, InvalidInput.Collector problems) {
        if (s.category() == null) {
            problems.add("category", "validation.required");
        }
        if (s.validFrom() == null) {
            problems.add("validFrom", "validation.required");
        }
        if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
            problems.add("validTo", "validation.date.beforeStart");
        }
        text(problems, "legalBasis", s.legalBasis(), 300, true);
    }

    static void checkReason(String reason, InvalidInput.Collector problems) {
        text(problems, "reason", reason, 500, true);
    }

    static void birthDate(InvalidInput.Collector problems, LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            problems.add("birthDate", "validation.required");
        } else if (birthDate.isAfter(today)) {
            problems.add("birthDate", "validation.birthDate.future");
        } else if (birthDate.isBefore(EARLIEST_BIRTH)) {
            problems.add("birthDate", "validation.birthDate.tooOld");
        }
    }

    static void country(InvalidInput.Collector problems, String field, String code) {
        if (code == null || code.isBlank()) {
            problems.add(field, "validation.required");
        } else if (!Countries.isValid(code)) {
            problems.add(field, "validation.country");
        }
    }

    static void contact(InvalidInput.Collector problems, Contact c) {
        if (c == null) {
            return;
        }
        if (present(c.phone()) && !PHONE.matcher(c.phone().strip()).matches()) {
            problems.add("phone", "validation.phone");
        }
        if (present(c.email()) && (c.email().length() > 254 || !EMAIL.matcher(c.email().strip()).matches())) {
            problems.add("email", "validation.email");
        }
        if (present(c.ubigeo()) && !Ubigeo.isValid(c.ubigeo().strip())) {
            problems.add("ubigeo", "validation.ubigeo");
        }
        text(problems, "addressLine", c.addressLine(), 200, false);
    }

    static void name(InvalidInput.Collector problems, String field, String value, int max, boolean required) {
        if (!present(value)) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            problems.add(field, "validation.tooLong", max);
        } else if (!NAME.matcher(value.strip()).matches()) {
            problems.add(field, "validation.name");
        }
    }

    static void text(InvalidInput.Collector problems, String field, String value, int max, boolean required) {
        if (!present(value)) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String clean(String value) {
        if (!present(value)) {
            return null;
        }
        // Inner runs of white space become one space (a loop: this runs for every imported name).
        String text = value.strip();
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (out == null && space && (c != ' ' || Character.isWhitespace(text.charAt(i + 1)))) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !(space && Character.isWhitespace(text.charAt(i - 1)))) {
                out.append(space ? ' ' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    static String upper(String value) {
        return present(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
    }
}
