package org.puente.server.employment;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;

/**
 * Firms for the simulator as CSV, with a header, one line per foreign worker (and one line for a firm
 * without foreign workers). Columns:
 * <ul>
 *   <li>{@code firm_id} — any text naming the firm (required; lines of one firm share it)</li>
 *   <li>{@code headcount} — all workers, Peruvians and foreigners (required)</li>
 *   <li>{@code monthly_payroll} — the whole monthly payroll in soles (required)</li>
 *   <li>{@code size_class} — {@code micro}, {@code small}, {@code medium} or {@code large}; read from the
 *       headcount when empty</li>
 *   <li>{@code foreign_monthly_pay} — this foreign worker's monthly pay; empty on a firm's line without one</li>
 *   <li>{@code foreign_exemption} — a DL 689 exemption code ({@code SPECIALIST}, {@code PERUVIAN_SPOUSE}…), or empty</li>
 *   <li>{@code foreign_document_type} — {@code CE}, {@code CPP}, {@code PTP}…, or empty</li>
 *   <li>{@code foreign_nationality} — ISO alpha-3; {@code XXX} (unknown) when empty</li>
 * </ul>
 * Headcount and payroll must be the same on every line of a firm, and cover its foreign workers.
 */
final class FirmsCsv {

    static final int MAX_LINES = 200_000;
    private static final int SHOWN_PROBLEMS = 20;

    private FirmsCsv() {
    }

    private static final class Draft {
        final String id;
        final SizeClass size;
        final int headcount;
        final BigDecimal payroll;
        final long line;
        final List<HiringLimit.Worker> foreign = new ArrayList<>();

        Draft(String id, SizeClass size, int headcount, BigDecimal payroll, long line) {
            this.id = id;
            this.size = size;
            this.headcount = headcount;
            this.payroll = payroll;
            this.line = line;
        }
    }

    static List<Firm> read(Reader in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Draft> firms = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, String> columns = new HashMap<>();
            for (String name : parser.getHeaderNames()) {
                columns.put(name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), name);
            }
            List<String> missing = List.of("firm_id", "headcount", "monthly_payroll").stream()
                    .filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput("file", "employment.csv.columns", String.join(", ", missing));
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (line > MAX_LINES) {
                    throw new InvalidInput("file", "employment.csv.tooMany", MAX_LINES);
                }
                line(row, columns, line, firms, problems);
                if (problems.size() >= SHOWN_PROBLEMS) {
                    break;
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            throw new InvalidInput("file", "employment.csv.malformed");
        }
        List<Firm> out = new ArrayList<>();
        for (Draft d : firms.values()) {
            BigDecimal foreignPay = d.foreign.stream().map(HiringLimit.Worker::monthlyPay).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (d.foreign.size() > d.headcount || foreignPay.compareTo(d.payroll) > 0) {
                problems.add(FieldProblem.of("file", "employment.firms.totals", d.line, d.id));
            } else if (problems.isEmpty()) {
                out.add(Firm.of(d.id, d.size, d.headcount, d.payroll, d.foreign));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS)));
        }
        if (out.isEmpty()) {
            throw new InvalidInput("file", "employment.csv.empty");
        }
        return out;
    }

    private static void line(CSVRecord row, Map<String, String> columns, long line, Map<String, Draft> firms,
                             List<FieldProblem> problems) {
        String id = cell(row, columns, "firm_id");
        if (id.isEmpty()) {
            problems.add(FieldProblem.of("file", "employment.csv.value", line, "firm_id", id));
            return;
        }
        Integer headcount = whole(cell(row, columns, "headcount"));
        BigDecimal payroll = amount(cell(row, columns, "monthly_payroll"));
        if (headcount == null || headcount < 1) {
            problems.add(FieldProblem.of("file", "employment.csv.value", line, "headcount", cell(row, columns, "headcount")));
            return;
        }
        if (payroll == null || payroll.signum() < 0) {
            problems.add(FieldProblem.of("file", "employment.csv.pay", line, cell(row, columns, "monthly_payroll")));
            return;
        }
        String sizeText = cell(row, columns, "size_class").toUpperCase(Locale.ROOT);
        SizeClass size = null;
        if (!sizeText.isEmpty()) {
            try {
                size = SizeClass.valueOf(sizeText);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("file", "employment.csv.value", line, "size_class", sizeText));
                return;
            }
        }
        Draft firm = firms.computeIfAbsent(id, k -> new Draft(k, null, headcount, payroll, line));
        if (firm.headcount != headcount || firm.payroll.compareTo(payroll) != 0) {
            problems.add(FieldProblem.of("file", "employment.firms.inconsistent", line, id));
            return;
        }
        if (size != null && firm.size == null && firm.foreign.isEmpty()) {
            firms.put(id, copyWithSize(firm, size));
            firm = firms.get(id);
        }
        String payText = cell(row, columns, "foreign_monthly_pay");
        if (payText.isEmpty()) {
            return;
        }
        BigDecimal pay = amount(payText);
        if (pay == null || pay.signum() < 0) {
            problems.add(FieldProblem.of("file", "employment.csv.pay", line, payText));
            return;
        }
        String nationality = cell(row, columns, "foreign_nationality").toUpperCase(Locale.ROOT);
        if (nationality.isEmpty()) {
            nationality = "XXX"; // ICAO 9303's "unspecified nationality"
        } else if (!nationality.matches("[A-Z]{3}") || "PER".equals(nationality)) {
            problems.add(FieldProblem.of("file", "employment.csv.nationality", line, nationality));
            return;
        }
        String docText = cell(row, columns, "foreign_document_type").toUpperCase(Locale.ROOT);
        DocumentType document = null;
        if (!docText.isEmpty()) {
            try {
                document = DocumentType.valueOf(docText);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("file", "employment.csv.value", line, "foreign_document_type", docText));
                return;
            }
        }
        String exemption = cell(row, columns, "foreign_exemption").toUpperCase(Locale.ROOT);
        firm.foreign.add(new HiringLimit.Worker(nationality, document, null, pay,
                exemption.isEmpty() ? List.of() : List.of(exemption)));
    }

    private static Draft copyWithSize(Draft d, SizeClass size) {
        return new Draft(d.id, size, d.headcount, d.payroll, d.line);
    }

    private static String cell(CSVRecord row, Map<String, String> columns, String column) {
        String name = columns.get(column);
        return name == null || !row.isSet(name) ? "" : row.get(name).strip();
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
