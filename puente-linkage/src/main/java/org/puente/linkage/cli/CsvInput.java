package org.puente.linkage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.puente.linkage.PersonRecord;

/**
 * Reads people from a UTF-8 CSV file with a header, through a {@link ColumnMapping}. Any
 * problem (a missing column, bytes that are not UTF-8, a quote left open, a row with too many
 * or too few values, an id seen twice) stops the read with an {@link InputError} naming the line.
 */
public final class CsvInput {

    private CsvInput() {
    }

    public static List<PersonRecord> read(Path file, ColumnMapping mapping) {
        return read(file, mapping, n -> { });
    }

    /** Reads every record; {@code progress} receives the number of records read so far, now and then. */
    public static List<PersonRecord> read(Path file, ColumnMapping mapping, Consumer<Long> progress) {
        String name = file.getFileName().toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputError(name, 0, "no such file");
        } catch (IOException e) {
            throw new InputError(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Utf8Reader reader = new Utf8Reader(in, name);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        List<PersonRecord> records = new ArrayList<>();
        long line = 1;
        try (reader; CSVParser parser = parse(format, reader, name)) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = mapping.required().stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InputError(name, 1, "missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + "; the header has " + String.join(", ", header)
                        + ". Rename the columns or describe them with --map.");
            }
            Binding binding = new Binding(mapping, columns);
            Set<String> ids = new HashSet<>();
            var iterator = parser.iterator();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                CSVRecord row;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    row = iterator.next();
                } catch (UncheckedIOException e) {
                    throw problem(name, line, e.getCause());
                }
                if (row.size() != header.size()) {
                    throw new InputError(name, line, row.size() + " values where the header has " + header.size()
                            + " (a comma inside a value must be quoted)");
                }
                PersonRecord record = binding.record(row);
                if (record.id().isEmpty()) {
                    throw new InputError(name, line, "the record id is empty");
                }
                if (!ids.add(record.id())) {
                    throw new InputError(name, line, "record id " + record.id() + " appears twice");
                }
                records.add(record);
                if ((records.size() & 0xFFFF) == 0) {
                    progress.accept((long) records.size());
                }
            }
        } catch (IOException e) {
            throw problem(name, line, e);
        } catch (UncheckedIOException e) {
            throw problem(name, line, e.getCause());
        }
        progress.accept((long) records.size());
        return records;
    }

    private static CSVParser parse(CSVFormat format, Reader reader, String name) throws IOException {
        try {
            return CSVParser.builder().setFormat(format).setReader(reader).get();
        } catch (IllegalArgumentException e) {
            throw new InputError(name, 1, "the header cannot be read: " + e.getMessage());
        }
    }

    private static InputError problem(String name, long line, Throwable cause) {
        if (cause instanceof InputError error) {
            return error;
        }
        if (cause instanceof EncodingProblem encoding) {
            return new InputError(name, encoding.line, "not valid UTF-8; save the file as UTF-8");
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new InputError(name, line, "a quoted value is never closed; check the quotes from this line on");
        }
        if (message.contains("invalid char between encapsulated token and delimiter")
                || message.contains("Invalid character between encapsulated token")
                || message.contains("encapsulated token")) {
            return new InputError(name, line, "text after a closing quote; a quote inside a value must be doubled (\"\")");
        }
        return new InputError(name, line, "cannot be read: " + message);
    }

    /** Columns bound to roles for one header. */
    private static final class Binding {
        private final Map<ColumnMapping.Role, List<Integer>> at = new HashMap<>();
        private final List<String> attributeNames = new ArrayList<>();
        private final List<Integer> attributeColumns = new ArrayList<>();
        private final List<PersonRecord.Attribute.Kind> attributeKinds = new ArrayList<>();

        Binding(ColumnMapping mapping, Map<String, Integer> columns) {
            mapping.roles().forEach((column, role) -> {
                Integer i = columns.get(column);
                if (i == null) {
                    return;
                }
                if (role == ColumnMapping.Role.TEXT || role == ColumnMapping.Role.CODE) {
                    attributeNames.add(column);
                    attributeColumns.add(i);
                    attributeKinds.add(role == ColumnMapping.Role.TEXT ? PersonRecord.Attribute.Kind.TEXT
                            : PersonRecord.Attribute.Kind.CODE);
                } else {
                    at.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
                }
            });
        }

        PersonRecord record(CSVRecord row) {
            PersonRecord.Builder b = PersonRecord.builder(get(row, ColumnMapping.Role.ID) == null ? ""
                    : get(row, ColumnMapping.Role.ID));
            String surnames = get(row, ColumnMapping.Role.SURNAMES);
            String first = get(row, ColumnMapping.Role.FIRST_SURNAME);
            b.givenNames(get(row, ColumnMapping.Role.GIVEN))
                    .surnames(first != null ? (surnames == null ? first : first + " " + surnames) : surnames,
                            get(row, ColumnMapping.Role.SECOND_SURNAME))
                    .sex(get(row, ColumnMapping.Role.SEX))
                    .birthDate(get(row, ColumnMapping.Role.DATE))
                    .nationality(get(row, ColumnMapping.Role.NATIONALITY));
            List<Integer> numbers = at.getOrDefault(ColumnMapping.Role.DOCUMENT, List.of());
            for (int i : numbers) {
                String number = row.get(i);
                if (number != null && !number.isBlank()) {
                    b.document(get(row, ColumnMapping.Role.DOCUMENT_TYPE), get(row, ColumnMapping.Role.DOCUMENT_COUNTRY),
                            number);
                }
            }
            for (int k = 0; k < attributeNames.size(); k++) {
                String v = row.get(attributeColumns.get(k));
                if (attributeKinds.get(k) == PersonRecord.Attribute.Kind.TEXT) {
                    b.text(attributeNames.get(k), v);
                } else {
                    b.code(attributeNames.get(k), v);
                }
            }
            return b.build();
        }

        private String get(CSVRecord row, ColumnMapping.Role role) {
            List<Integer> columns = at.get(role);
            if (columns == null) {
                return null;
            }
            StringBuilder sb = null;
            for (int i : columns) {
                String v = row.get(i);
                if (v != null && !v.isBlank()) {
                    if (sb == null) {
                        sb = new StringBuilder(v.strip());
                    } else {
                        sb.append(' ').append(v.strip());
                    }
                }
            }
            return sb == null ? null : sb.toString();
        }
    }

    /** Bytes that are not UTF-8, at a known line. */
    private static final class EncodingProblem extends IOException {
        final long line;

        EncodingProblem(long line) {
            super("malformed UTF-8");
            this.line = line;
        }
    }

    /** Decodes UTF-8 strictly and knows the line of the first bad byte; drops a byte-order mark. */
    private static final class Utf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
        private long lines = 1;
        private boolean eof;
        private boolean first = true;
        private boolean flushed;

        Utf8Reader(InputStream in, String name) {
            this.in = in;
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (!chars.hasRemaining()) {
                fill();
                if (!chars.hasRemaining()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        private void fill() throws IOException {
            chars.clear();
            while (!flushed) {
                int start = chars.position();
                CoderResult result = decoder.decode(bytes, chars, eof);
                count(start);
                if (result.isError()) {
                    throw new EncodingProblem(lines);
                }
                if (result.isOverflow()) {
                    break;
                }
                if (eof) {
                    if (!flushed) {
                        decoder.flush(chars);
                        flushed = true;
                    }
                    break;
                }
                if (chars.position() > 0) {
                    break;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            chars.flip();
            if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
            first = false;
        }

        private void count(int from) {
            for (int i = from; i < chars.position(); i++) {
                if (chars.get(i) == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
