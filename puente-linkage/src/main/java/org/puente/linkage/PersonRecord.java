package org.puente.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record to resolve, as it was typed: nothing is normalised here. Any field may be null.
 * {@code firstSurname} may hold both surnames ("García Pérez") and {@code secondSurname} be
 * empty; {@code birthDate} may be ISO (1990-05-31), day-first (31/05/1990) or compact (19900531).
 *
 * @param id         the caller's identifier, unique within one run or index
 * @param attributes further fields (address, city, email…) compared by kind; the same names
 *                   must be used for every record of a run
 */
public record PersonRecord(String id, String givenNames, String firstSurname, String secondSurname, String sex,
                           String birthDate, String nationality, List<Document> documents,
                           List<Attribute> attributes) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        documents = documents == null ? List.of() : List.copyOf(documents);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** An identity document: type (CPP, PASSPORT, FOREIGN_ID_CARD… or empty), issuing country (ISO alpha-3), number. */
    public record Document(String type, String country, String number) {
    }

    /** A further field compared as free text (addresses, places) or as a code (postcode, email, phone). */
    public record Attribute(String name, Kind kind, String value) {
        public enum Kind { TEXT, CODE }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a record field by field; what is not set stays null. */
    public static final class Builder {
        private final String id;
        private String givenNames;
        private String firstSurname;
        private String secondSurname;
        private String sex;
        private String birthDate;
        private String nationality;
        private final List<Document> documents = new ArrayList<>(1);
        private final List<Attribute> attributes = new ArrayList<>(0);

        private Builder(String id) {
            this.id = id;
        }

        public Builder givenNames(String v) { givenNames = v; return this; }

        public Builder firstSurname(String v) { firstSurname = v; return this; }

        public Builder secondSurname(String v) { secondSurname = v; return this; }

        public Builder surnames(String first, String second) { firstSurname = first; secondSurname = second; return this; }

        public Builder sex(String v) { sex = v; return this; }

        public Builder birthDate(String v) { birthDate = v; return this; }

        public Builder nationality(String v) { nationality = v; return this; }

        public Builder document(String type, String country, String number) {
            documents.add(new Document(type, country, number));
            return this;
        }

        public Builder text(String name, String value) {
            attributes.add(new Attribute(name, Attribute.Kind.TEXT, value));
            return this;
        }

        public Builder code(String name, String value) {
            attributes.add(new Attribute(name, Attribute.Kind.CODE, value));
            return this;
        }

        public PersonRecord build() {
            return new PersonRecord(id, givenNames, firstSurname, secondSurname, sex, birthDate, nationality,
                    documents, attributes);
        }
    }
}
