package org.puente.server.verification;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.puente.server.common.InvalidInput;
import org.puente.server.register.DocumentType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a verification request with Jackson's streaming parser: three fields, read as they come.
 * On the busiest call, binding through the data binder (a record built by reflection, a date
 * through a formatter) cost more than the rest of the reading (decision 0021). Bad input fails
 * as the binder would fail it: the first wrong field with the same codes (unknown field, value
 * not in the list, impossible date, wrong type), malformed JSON as a {@code JacksonException}.
 */
final class RequestReader {

    private static final String DOCUMENT_TYPES = Arrays.stream(DocumentType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final JsonMapper json;

    RequestReader(JsonMapper json) {
        this.json = json;
    }

    /** The request in the body; {@code null} JSON gives a request with every field missing. */
    VerificationApi.VerificationRequest read(InputStream body) {
        DocumentType type = null;
        String number = null;
        LocalDate birthDate = null;
        String unknown = null;
        try (JsonParser p = json.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                for (String field = p.nextName(); field != null; field = p.nextName()) {
                    JsonToken value = p.nextToken();
                    switch (field) {
                        case "documentType" -> type = value == JsonToken.VALUE_NULL ? null : documentType(p, value);
                        case "documentNumber" -> number = value == JsonToken.VALUE_NULL ? null : text(p, field, value);
                        case "birthDate" -> birthDate = value == JsonToken.VALUE_NULL ? null : date(p, value);
                        default -> {
                            // Reported once the whole body is read, as the binder does: a body over
                            // the size limit gets 413 whatever its fields are named.
                            unknown = unknown == null ? field : unknown;
                            p.skipChildren();
                        }
                    }
                }
                if (p.currentToken() != JsonToken.END_OBJECT) {
                    throw new StreamReadException(p, "a field name or the end of the object expected");
                }
            } else if (first != JsonToken.VALUE_NULL) {
                throw new StreamReadException(p, "a JSON object expected");
            }
            if (p.nextToken() != null) {
                throw new StreamReadException(p, "nothing expected after the object");
            }
        }
        if (unknown != null) {
            throw new InvalidInput(unknown, "validation.json.unknownField");
        }
        return new VerificationApi.VerificationRequest(type, number, birthDate);
    }

    private static DocumentType documentType(JsonParser p, JsonToken value) {
        String name = text(p, "documentType", value);
        try {
            return DocumentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("documentType", "validation.json.enum", DOCUMENT_TYPES);
        }
    }

    /** A string, or a number or boolean read as its text (as the binder coerces them); nothing else. */
    private static String text(JsonParser p, String field, JsonToken value) {
        if (!value.isScalarValue()) {
            throw new InvalidInput(field, "validation.json.type");
        }
        return p.getString();
    }

    /** An ISO date ({@code 1992-03-14}), read without a formatter. */
    private static LocalDate date(JsonParser p, JsonToken value) {
        if (value != JsonToken.VALUE_STRING) {
            throw new InvalidInput("birthDate", "validation.json.type");
        }
        String s = p.getString();
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // 1992-02-30 and the like: reported below
                }
            }
        }
        throw new InvalidInput("birthDate", "validation.json.date");
    }

    /** The decimal number in {@code s[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
