package org.puente.server.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;

/**
 * The import file's columns and how one row becomes a registration draft. Column names are
 * case-insensitive and may come in any order; columns it does not know are ignored.
 */
final class CsvPeople {

    static final List<String> REQUIRED = List.of("record_id", "given_names", "first_surname", "second_surname", "sex",
            "birth_date", "nationality", "document_type", "document_number");

    /** Register field paths (as in {@link RegisterRules}) named as the file's columns, for reports. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("recordId", "record_id"), Map.entry("givenNames", "given_names"),
            Map.entry("firstSurname", "first_surname"), Map.entry("secondSurname", "second_surname"),
            Map.entry("sex", "sex"), Map.entry("birthDate", "birth_date"), Map.entry("nationality", "nationality"),
            Map.entry("document.type", "document_type"), Map.entry("document.number", "document_number"),
            Map.entry("document.issuingCountry", "issuing_country"), Map.entry("document.issuedOn", "issued_on"),
            Map.entry("document.expiresOn", "expires_on"), Map.entry("phone", "phone"), Map.entry("email", "email"),
            Map.entry("ubigeo", "ubigeo"), Map.entry("addressLine", "address_line"),
            Map.entry("workAuthorised", "work_authorised"));

    private static final Set<DocumentType> WORK_BY_DEFAULT =
            Set.of(DocumentType.CE, DocumentType.CE_REFUGEE, DocumentType.CPP, DocumentType.PTP);

    /** A row as a draft, or why it cannot be one. */
    record Row(BulkDraft draft, List<FieldProblem> problems) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    CsvPeople(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        this.width = header.size();
    }

    List<String> missingColumns() {
        return REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
    }

    Row parse(long line, List<String> values, LocalDate today) {
        if (values.size() != width) {
            return new Row(null, List.of(FieldProblem.of("line", "import.line.columns", values.size(), width)));
        }
        var problems = new InvalidInput.Collector();
        String recordId = value(values, "record_id");
        if (recordId == null) {
            problems.add("recordId", "validation.required");
        }
        Sex sex = null;
        String sexValue = value(values, "sex");
        if (sexValue != null) {
            try {
                sex = Sex.valueOf(sexValue.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("sex", "import.sex");
            }
        }
        LocalDate birthDate = date(values, "birth_date", "birthDate", problems);
        String nationality = RegisterRules.upper(value(values, "nationality"));
        DocumentType type = null;
        String typeValue = value(values, "document_type");
        if (typeValue == null) {
            problems.add("document.type", "validation.required");
        } else {
            try {
                type = DocumentType.valueOf(typeValue.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("document.type", "import.documentType", Arrays.toString(DocumentType.values()));
            }
        }
        String issuer = RegisterRules.upper(value(values, "issuing_country"));
        if (issuer == null && type != null) {
            issuer = defaultIssuer(type, nationality);
        }
        LocalDate issuedOn = date(values, "issued_on", "document.issuedOn", problems);
        LocalDate expiresOn = date(values, "expires_on", "document.expiresOn", problems);
        boolean work = type != null && WORK_BY_DEFAULT.contains(type);
        String workValue = value(values, "work_authorised");
        if (workValue != null) {
            work = Set.of("true", "yes", "si", "sí", "1").contains(workValue.toLowerCase(Locale.ROOT));
        }
        NewPerson person = new NewPerson(value(values, "given_names"), value(values, "first_surname"),
                value(values, "second_surname"), sex, birthDate, nationality,
                new Contact(value(values, "phone"), value(values, "email"), value(values, "ubigeo"),
                        value(values, "address_line")),
                new NewDocument(type, value(values, "document_number"), issuer, issuedOn, expiresOn, work), recordId);
        // Re-check with the register's own rules; a field already reported (bad date, unknown sex) is not repeated.
        var rules = new InvalidInput.Collector();
        RegisterRules.checkPerson(person, today, rules);
        for (FieldProblem p : rules.problems()) {
            if (!problems.has(p.field())) {
                problems.addAll(List.of(p));
            }
        }
        if (!problems.isEmpty()) {
            return new Row(null, problems.problems());
        }
        return new Row(new BulkDraft(line, person, null, null), List.of());
    }

    /** PER for the cards Peru issues; a foreign ID card or passport is presumed issued by the holder's country. */
    static String defaultIssuer(DocumentType type, String nationality) {
        List<String> issuers = DocumentFormats.standard().issuingCountries(type);
        if (issuers.size() == 1) {
            return issuers.get(0);
        }
        if (type == DocumentType.PASSPORT || type == DocumentType.FOREIGN_ID_CARD) {
            return nationality;
        }
        return null;
    }

    private String value(List<String> values, String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        String v = values.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private LocalDate date(List<String> values, String column, String field, InvalidInput.Collector problems) {
        String v = value(values, column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(field, "import.date");
            return null;
        }
    }

    /** The row's record id, if it has a readable one (for reports of rows that were refused). */
    String recordId(List<String> values) {
        Integer i = index.get("record_id");
        return i == null || i >= values.size() ? null : value(values, "record_id");
    }
}
