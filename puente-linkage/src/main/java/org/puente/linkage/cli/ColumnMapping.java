package org.puente.linkage.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a file plays which role. The default is Puente's import file
 * (record_id, given_names, first_surname, …); other files are described with a spec such as
 * {@code "rec_id=id,given_name=given,surname=surnames,date_of_birth=date,soc_sec_id=document"}.
 * Column names are matched case-insensitively; columns not named are ignored.
 */
public final class ColumnMapping {

    /** What a column holds. */
    public enum Role {
        ID, GIVEN, FIRST_SURNAME, SECOND_SURNAME, SURNAMES, SEX, DATE, NATIONALITY, DOCUMENT, DOCUMENT_TYPE,
        DOCUMENT_COUNTRY, TEXT, CODE, IGNORE;

        static Role parse(String name) {
            String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            return switch (n) {
                case "GIVEN_NAMES", "FIRST_NAME" -> GIVEN;
                case "SURNAME", "LAST_NAME" -> SURNAMES;
                case "BIRTH_DATE", "DOB" -> DATE;
                case "DOCUMENT_NUMBER" -> DOCUMENT;
                case "ISSUING_COUNTRY" -> DOCUMENT_COUNTRY;
                case "RECORD_ID" -> ID;
                default -> Role.valueOf(n);
            };
        }
    }

    /** Puente's import columns: all required, as in the import command. */
    public static final List<String> IMPORT_COLUMNS = List.of("record_id", "given_names", "first_surname",
            "second_surname", "sex", "birth_date", "nationality", "document_type", "document_number");

    private final Map<String, Role> roles;
    private final List<String> required;

    private ColumnMapping(Map<String, Role> roles, List<String> required) {
        this.roles = roles;
        this.required = required;
    }

    /** Puente's import file; its optional columns (issuing_country, address_line, ubigeo, phone, email) are used when present. */
    public static ColumnMapping puenteImport() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("record_id", Role.ID);
        roles.put("given_names", Role.GIVEN);
        roles.put("first_surname", Role.FIRST_SURNAME);
        roles.put("second_surname", Role.SECOND_SURNAME);
        roles.put("sex", Role.SEX);
        roles.put("birth_date", Role.DATE);
        roles.put("nationality", Role.NATIONALITY);
        roles.put("document_type", Role.DOCUMENT_TYPE);
        roles.put("document_number", Role.DOCUMENT);
        roles.put("issuing_country", Role.DOCUMENT_COUNTRY);
        roles.put("address_line", Role.TEXT);
        roles.put("ubigeo", Role.CODE);
        roles.put("phone", Role.CODE);
        roles.put("email", Role.CODE);
        return new ColumnMapping(roles, IMPORT_COLUMNS);
    }

    /**
     * A mapping from a spec "column=role,column=role,…". Roles: id, given, first_surname,
     * second_surname, surnames (both in one column), sex, date, nationality, document,
     * document_type, document_country, text, code, ignore. Every named column is required, and
     * exactly one must be the id.
     */
    public static ColumnMapping parse(String spec) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("bad mapping \"" + part.strip() + "\": write column=role");
            }
            String column = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            try {
                roles.put(column, Role.parse(part.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role \"" + part.substring(eq + 1).strip()
                        + "\" for column " + column + "; roles: " + roleNames());
            }
        }
        long ids = roles.values().stream().filter(r -> r == Role.ID).count();
        if (ids != 1) {
            throw new IllegalArgumentException("the mapping must name exactly one id column, e.g. record_id=id");
        }
        return new ColumnMapping(roles, List.copyOf(roles.keySet()));
    }

    static String roleNames() {
        List<String> names = new ArrayList<>();
        for (Role r : Role.values()) {
            names.add(r.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    Map<String, Role> roles() {
        return roles;
    }

    List<String> required() {
        return required;
    }
}
