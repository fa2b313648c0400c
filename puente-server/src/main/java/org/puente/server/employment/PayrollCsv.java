package org.puente.server.employment;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.puente.rules.CalidadMigratoria;
import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;

/**
 * An employer's payroll as CSV, one worker a line, with a header naming the columns in any order:
 * {@code nationality} (ISO 3166-1 alpha-3, {@code PER} for Peruvians) and {@code monthly_pay} (soles)
 * are required; {@code document_type} ({@code CE}, {@code CPP}, {@code PTP}, …), {@code calidad} and
 * {@code exemptions} (DL 689 codes separated by {@code ;}) are optional. Comma or semicolon separated.
 * Every wrong cell is reported with its line, and nothing is evaluated until the file is clean.
 */
final class PayrollCsv {

    static final int MAX_WORKERS = 50_000;
    private static final int SHOWN_PROBLEMS = 20;
    private static final Set<String> REQUIRED = Set.of("nationality", "monthly_pay");

    private PayrollCsv() {
    }

    /** The workers read, and the line of the file each came from. */
    record Payroll(List<HiringLimit.Worker> workers, List<Long> lines) {
    }

    static Payroll read(Reader in) throws IOException {
        String text = readAll(in);
        char delimiter = firstLine(text).chars().filter(c -> c == ';').count()
                > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<FieldProblem> problems = new ArrayList<>();
        List<HiringLimit.Worker> workers = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, String> columns = new HashMap<>();
            for (String name : parser.getHeaderNames()) {
                columns.put(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_'), name);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput("file", "employment.csv.columns", String.join(", ", missing));
            }
            for (CSVRecord row : parser) {
                if (workers.size() >= MAX_WORKERS) {
                    throw new InvalidInput("file", "employment.csv.tooMany", MAX_WORKERS);
                }
                long line = parser.getCurrentLineNumber();
                HiringLimit.Worker w = worker(row, columns, line, problems);
                workers.add(w);
                lines.add(line);
                if (problems.size() >= SHOWN_PROBLEMS) {
                    break;
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            throw new InvalidInput("file", "employment.csv.malformed");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (workers.isEmpty()) {
            throw new InvalidInput("file", "employment.csv.empty");
        }
        return new Payroll(List.copyOf(workers), List.copyOf(lines));
    }

    private static HiringLimit.Worker worker(CSVRecord row, Map<String, String> columns, long line,
                                             List<FieldProblem> problems) {
        String nationality = cell(row, columns, "nationality").toUpperCase(Locale.ROOT);
        if (!nationality.matches("[A-Z]{3}")) {
            problems.add(FieldProblem.of("file", "employment.csv.nationality", line, nationality));
        }
        BigDecimal pay = null;
        String payText = cell(row, columns, "monthly_pay");
        try {
            pay = new BigDecimal(payText);
            if (pay.signum() < 0) {
                problems.add(FieldProblem.of("file", "employment.csv.pay", line, payText));
            }
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("file", "employment.csv.pay", line, payText));
        }
        DocumentType type = constant(DocumentType.class, cell(row, columns, "document_type"), "document_type", line,
                problems);
        CalidadMigratoria calidad = constant(CalidadMigratoria.class, cell(row, columns, "calidad"), "calidad", line,
                problems);
        List<String> exemptions = new ArrayList<>();
        for (String code : cell(row, columns, "exemptions").split("[;|]")) {
            if (!code.isBlank()) {
                exemptions.add(code.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new HiringLimit.Worker(nationality, type, calidad, pay, exemptions);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String column, long line,
                                                  List<FieldProblem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("file", "employment.csv.value", line, column, value));
            return null;
        }
    }

    private static String cell(CSVRecord row, Map<String, String> columns, String column) {
        String name = columns.get(column);
        if (name == null || !row.isSet(name)) {
            return "";
        }
        return row.get(name).strip();
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.append(buffer, 0, n);
        }
        // A byte-order mark would otherwise stick to the first column's name.
        return !out.isEmpty() && out.charAt(0) == '\uFEFF' ? out.substring(1) : out.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
