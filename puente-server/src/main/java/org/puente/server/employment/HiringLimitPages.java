package org.puente.server.employment;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;
import org.puente.rules.Outcome;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;
import org.puente.server.rights.Choices;
import org.puente.server.rights.RuleDecisions;
import org.puente.server.web.FormDates;
import org.puente.server.web.FormErrors;
import org.puente.server.web.FormFields;
import org.puente.server.web.StaffPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "May I hire a foreign worker?": an employer lists its workers (nationality, document, monthly pay,
 * exemption) in rows, or uploads its payroll as CSV, and learns whether it keeps within DL 689's
 * limits, by how much, how many more foreign workers it could hire, and who counts and why.
 * Without scripts, "add a worker" posts the form back with one more row; with them, a static
 * script adds the row in place. Nothing is stored.
 */
@Controller
@StaffPage
class HiringLimitPages {

    static final int FIRST_ROWS = 4;
    /** Beyond this many workers, the payroll is answered but not shown back as editable rows. */
    static final int EDITABLE_ROWS = 60;
    /** The most rows the form takes (four fields each, well within the server's parameter limit); more go by CSV. */
    static final int MAX_FORM_ROWS = 200;

    private final RuleDecisions decisions;
    private final Choices choices;
    private final MessageSource messages;
    private final Clock clock;

    HiringLimitPages(RuleDecisions decisions, Choices choices, MessageSource messages, Clock clock) {
        this.decisions = decisions;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/employers/hiring-limit")
    String form(Model model, Locale locale) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("asOf", LocalDate.now(clock).toString());
        for (int i = 0; i < FIRST_ROWS; i++) {
            form.add("workers[" + i + "].nationality", "PER");
        }
        return page(model, form, FIRST_ROWS, FormErrors.none(), null, locale);
    }

    @PostMapping("/employers/hiring-limit")
    String check(@RequestParam MultiValueMap<String, String> form,
                 @RequestParam(defaultValue = "check") String action, Model model, Locale locale) {
        int rows = rows(form);
        if (rows > MAX_FORM_ROWS || "addRow".equals(action) && rows >= MAX_FORM_ROWS) {
            MultiValueMap<String, String> fresh = new LinkedMultiValueMap<>();
            fresh.add("asOf", form.getFirst("asOf"));
            for (int i = 0; i < FIRST_ROWS; i++) {
                fresh.add("workers[" + i + "].nationality", "PER");
            }
            return page(model, fresh, FIRST_ROWS, FormErrors.of(new InvalidInput("file", "employment.tooManyRows",
                    MAX_FORM_ROWS), messages, locale), null, locale);
        }
        if ("addRow".equals(action)) {
            form.set("workers[" + rows + "].nationality", "PER");
            return page(model, form, rows + 1, FormErrors.none(), null, locale);
        }
        List<Integer> used = new ArrayList<>();
        try {
            var problems = new InvalidInput.Collector();
            LocalDate asOf = FormDates.parse(form.getFirst("asOf"), "asOf", problems);
            List<HiringLimit.Worker> workers = workers(form, rows, problems, used);
            if (workers.isEmpty() && problems.isEmpty()) {
                problems.add("workers[0].monthlyPay", "employment.noWorkers");
            }
            problems.throwIfAny();
            Outcome<HiringLimit.Answer> outcome;
            try {
                outcome = decisions.hiringLimit(new HiringLimit.Facts(asOf, workers));
            } catch (InvalidInput e) {
                throw renumbered(e, used);
            }
            return page(model, form, rows, FormErrors.none(), HiringLimitView.of(outcome, workers, choices, messages,
                    locale), locale);
        } catch (InvalidInput e) {
            return page(model, form, rows, FormErrors.of(e, messages, locale), null, locale);
        }
    }

    @PostMapping("/employers/hiring-limit/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String asOf, Model model,
                  Locale locale) throws IOException {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("asOf", asOf);
        try {
            var problems = new InvalidInput.Collector();
            LocalDate date = FormDates.parse(asOf, "asOf", problems);
            if (file.isEmpty()) {
                problems.add("file", "employment.csv.empty");
            }
            problems.throwIfAny();
            PayrollCsv.Payroll payroll;
            try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                payroll = PayrollCsv.read(in);
            }
            List<HiringLimit.Worker> workers = payroll.workers();
            Outcome<HiringLimit.Answer> outcome;
            try {
                outcome = decisions.hiringLimit(new HiringLimit.Facts(date, workers));
            } catch (InvalidInput e) {
                throw asLines(e, payroll.lines());
            }
            int rows = FIRST_ROWS;
            if (workers.size() <= EDITABLE_ROWS) {
                rows = workers.size();
                for (int i = 0; i < workers.size(); i++) {
                    fill(form, i, workers.get(i));
                }
            } else {
                for (int i = 0; i < FIRST_ROWS; i++) {
                    form.add("workers[" + i + "].nationality", "PER");
                }
            }
            model.addAttribute("uploaded", workers.size());
            return page(model, form, rows, FormErrors.none(),
                    HiringLimitView.of(outcome, workers, choices, messages, locale), locale);
        } catch (InvalidInput e) {
            for (int i = 0; i < FIRST_ROWS; i++) {
                form.add("workers[" + i + "].nationality", "PER");
            }
            return page(model, form, FIRST_ROWS, FormErrors.of(e, messages, locale), null, locale);
        }
    }

    /** How many rows the posted form had (the highest row index sent, plus one). */
    static int rows(MultiValueMap<String, String> form) {
        int rows = 0;
        for (String key : form.keySet()) {
            if (key.startsWith("workers[")) {
                int close = key.indexOf(']');
                try {
                    rows = Math.max(rows, Integer.parseInt(key.substring("workers[".length(), close)) + 1);
                } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
                    // Not a row field.
                }
            }
        }
        return rows;
    }

    /** The rows that describe a worker; a row left as it came (Peruvian, nothing else) is skipped. */
    static List<HiringLimit.Worker> workers(MultiValueMap<String, String> form, int rows,
                                            InvalidInput.Collector problems, List<Integer> used) {
        List<HiringLimit.Worker> workers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String p = "workers[" + i + "].";
            String nationality = blankToNull(form.getFirst(p + "nationality"));
            String pay = blankToNull(form.getFirst(p + "monthlyPay"));
            String type = blankToNull(form.getFirst(p + "documentType"));
            String exemption = blankToNull(form.getFirst(p + "exemptions"));
            if (pay == null && type == null && exemption == null && (nationality == null || "PER".equals(nationality))) {
                continue;
            }
            var before = problems.problems().size();
            var payAmount = FormFields.amount(pay, p + "monthlyPay", problems);
            if (pay == null) {
                problems.add(p + "monthlyPay", "validation.required");
            }
            if (nationality == null) {
                problems.add(p + "nationality", "validation.required");
            }
            DocumentType document = FormFields.choice(DocumentType.class, type, p + "documentType", problems);
            if (problems.problems().size() == before) {
                workers.add(new HiringLimit.Worker(nationality, document, null, payAmount,
                        exemption == null ? List.of() : List.of(exemption)));
                used.add(i);
            }
        }
        return workers;
    }

    private static void fill(MultiValueMap<String, String> form, int i, HiringLimit.Worker w) {
        String p = "workers[" + i + "].";
        form.set(p + "nationality", w.nationality());
        form.set(p + "monthlyPay", w.monthlyPay() == null ? "" : w.monthlyPay().toPlainString());
        form.set(p + "documentType", w.documentType() == null ? "" : w.documentType().name());
        form.set(p + "exemptions", w.exemptions() == null || w.exemptions().isEmpty() ? "" : w.exemptions().getFirst());
    }

    /** The rules name the n-th worker given; on the form that is the n-th filled row. */
    static InvalidInput renumbered(InvalidInput e, List<Integer> used) {
        List<FieldProblem> out = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field();
            if (field != null && field.startsWith("workers[")) {
                int close = field.indexOf(']');
                int given = Integer.parseInt(field.substring("workers[".length(), close));
                String rest = field.substring(close + 1);
                // An exemption is one select per row: workers[i].exemptions[0] is the row's select.
                if (rest.startsWith(".exemptions[")) {
                    rest = ".exemptions";
                }
                field = "workers[" + (given < used.size() ? used.get(given) : given) + "]" + rest;
            }
            out.add(new FieldProblem(field, p.code(), p.args()));
        }
        return new InvalidInput(out);
    }

    /**
     * A file's problems concern the file and name the line of the worker. The rules give their message
     * in Spanish and English ({@code facts.invalid}'s two arguments); the line keeps both.
     */
    private static InvalidInput asLines(InvalidInput e, List<Long> lines) {
        List<FieldProblem> out = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field() == null ? "" : p.field();
            if (field.startsWith("workers[")) {
                int close = field.indexOf(']');
                long line = lines.get(Integer.parseInt(field.substring("workers[".length(), close)));
                List<Object> texts = p.args().size() == 2 ? p.args() : List.of(p.code(), p.code());
                out.add(FieldProblem.of("file", "employment.csv.line", line, field.substring(close + 2),
                        texts.get(0), texts.get(1)));
            } else {
                out.add(new FieldProblem("file", p.code(), p.args()));
            }
        }
        return new InvalidInput(out);
    }

    private String page(Model model, MultiValueMap<String, String> form, int rows, FormErrors errors,
                        HiringLimitView answer, Locale locale) {
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, Math.max(rows, 1)).boxed().toList());
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("countries", choices.countries(locale));
        model.addAttribute("documentTypes", choices.of(DocumentType.class, "rights.documentType", locale));
        model.addAttribute("exemptions", decisions.ruleBook().exemptionCodes().stream()
                .map(c -> new Choices.Option(c, choices.name("employment.exemption", c, locale))).toList());
        model.addAttribute("pageScript", "/js/hiring-rows.js");
        return "employment/hiring-limit";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
