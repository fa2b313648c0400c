package org.puente.server.employment;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.puente.server.access.Permissions;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.NotFound;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

/**
 * The small-firm simulator for policy analysts: a population of firms (uploaded as CSV, see
 * {@link FirmsCsv}, or generated from size-class shares with a seed) is evaluated under the current
 * 20 % / 30 % rule and three alternatives, and the result is shown as a table, a chart and a CSV
 * download. The last few results live in the analyst's session only; no firm data is stored.
 */
@Controller
@StaffPage
@PreAuthorize("hasAuthority('" + Permissions.STATISTICS_READ + "')")
class SimulatorPages {

    private static final Logger log = LoggerFactory.getLogger(SimulatorPages.class);
    private static final String RESULTS = SimulatorPages.class.getName() + ".results";
    private static final int KEPT_RESULTS = 5;
    /** Chart.js from its WebJar; the version is the one pinned in the build ({@code chartjs.version}). */
    static final String CHART_JS = "/webjars/chartjs/4.4.3/dist/chart.umd.js";

    private final Simulator simulator;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    SimulatorPages(Simulator simulator, MessageSource messages, JsonMapper json, Clock clock) {
        this.simulator = simulator;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    static Map<String, String> defaults() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("source", "synthetic");
        form.put("firms", "2000");
        form.put("share.MICRO", "94");
        form.put("share.SMALL", "5");
        form.put("share.MEDIUM", "0.6");
        form.put("share.LARGE", "0.4");
        form.put("foreignShare", "10");
        form.put("exoneratedShare", "10");
        form.put("seed", "2026");
        form.put("altHeadcount", "30");
        form.put("altPayroll", "40");
        form.put("minimum", "2");
        form.put("payrollOnly", "30");
        return form;
    }

    @GetMapping("/analysis/hiring-limit")
    String form(Model model) {
        return page(model, defaults(), FormErrors.none(), null);
    }

    @PostMapping("/analysis/hiring-limit")
    String simulate(@RequestParam Map<String, String> params, @RequestParam(required = false) MultipartFile file,
                    Model model, Locale locale, HttpSession session) throws IOException {
        Map<String, String> form = defaults();
        params.forEach((k, v) -> {
            if (form.containsKey(k)) {
                form.put(k, v.strip());
            }
        });
        try {
            var problems = new InvalidInput.Collector();
            BigDecimal altHeadcount = percent(form, "altHeadcount", problems);
            BigDecimal altPayroll = percent(form, "altPayroll", problems);
            BigDecimal payrollOnly = percent(form, "payrollOnly", problems);
            Integer minimum = whole(form, "minimum", 0, 1000, problems);
            List<Firm> firms = null;
            String source;
            if ("file".equals(form.get("source"))) {
                if (file == null || file.isEmpty()) {
                    problems.add("file", "employment.csv.empty");
                }
                problems.throwIfAny();
                try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    firms = FirmsCsv.read(in);
                }
                source = text("employment.sim.source.file", locale, firms.size());
            } else {
                SyntheticFirms.Parameters p = synthetic(form, problems);
                problems.throwIfAny();
                firms = SyntheticFirms.generate(p, new SplittableRandom(p.seed()));
                source = text("employment.sim.source.synthetic", locale, p.firms(), String.valueOf(p.seed()));
            }
            problems.throwIfAny();
            List<Simulator.Scenario> scenarios = List.of(
                    simulator.current(text("employment.sim.scenario.current", locale)),
                    simulator.shares(text("employment.sim.scenario.shares", locale, plain(altHeadcount),
                            plain(altPayroll)), share(altHeadcount), share(altPayroll)),
                    simulator.minimumForSmallFirms(text("employment.sim.scenario.minimum", locale, minimum), minimum),
                    simulator.payrollOnly(text("employment.sim.scenario.payrollOnly", locale, plain(payrollOnly)),
                            share(payrollOnly)));
            long started = System.nanoTime();
            Simulator.Result result = simulator.run(source, firms, scenarios, LocalDate.now(clock), clock.instant());
            log.info("simulation {}: {} firms, {} scenarios, {} ms", result.id(), firms.size(), scenarios.size(),
                    (System.nanoTime() - started) / 1_000_000);
            keep(session, result);
            return page(model, form, FormErrors.none(), result);
        } catch (InvalidInput e) {
            return page(model, form, FormErrors.of(e, messages, locale), null);
        }
    }

    @GetMapping("/analysis/hiring-limit/results/{id}.csv")
    ResponseEntity<String> csv(@PathVariable UUID id, HttpSession session, Locale locale) {
        Simulator.Result result = results(session).get(id);
        if (result == null) {
            throw new NotFound("employment.sim.notFound");
        }
        StringBuilder out = new StringBuilder(
                "scenario,label,rule_set,size_class,firms,over_limit_now,constrained,constrained_share,additional_foreign_workers\n");
        for (Simulator.Row row : result.rows()) {
            for (int s = 0; s < result.scenarios().size(); s++) {
                Simulator.Column scenario = result.scenarios().get(s);
                Simulator.Cell cell = row.cells().get(s);
                out.append(scenario.key()).append(',').append(quoted(scenario.label())).append(',')
                        .append(scenario.ruleSet()).append(',')
                        .append(row.size() == null ? "TOTAL" : row.size().name()).append(',')
                        .append(cell.firms()).append(',').append(cell.overLimitNow()).append(',')
                        .append(cell.constrained()).append(',')
                        .append(String.format(Locale.ROOT, "%.4f", cell.constrainedShare())).append(',')
                        .append(cell.additional()).append('\n');
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hiring-limit-simulation.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
    }

    private SyntheticFirms.Parameters synthetic(Map<String, String> form, InvalidInput.Collector problems) {
        Integer firms = whole(form, "firms", 1, SyntheticFirms.MAX_FIRMS, problems);
        Map<SizeClass, Double> shares = new EnumMap<>(SizeClass.class);
        double sum = 0;
        for (SizeClass c : SizeClass.values()) {
            BigDecimal share = number(form, "share." + c.name(), BigDecimal.ZERO, BigDecimal.valueOf(100), problems);
            if (share != null) {
                shares.put(c, share.doubleValue());
                sum += share.doubleValue();
            }
        }
        if (shares.size() == SizeClass.values().length && sum <= 0) {
            problems.add("share.MICRO", "employment.sim.noShares");
        }
        BigDecimal foreign = number(form, "foreignShare", BigDecimal.ZERO, BigDecimal.valueOf(100), problems);
        BigDecimal exonerated = number(form, "exoneratedShare", BigDecimal.ZERO, BigDecimal.valueOf(100), problems);
        Long seed = null;
        try {
            seed = Long.valueOf(form.get("seed"));
        } catch (NumberFormatException e) {
            problems.add("seed", "employment.sim.seed");
        }
        if (firms == null || foreign == null || exonerated == null || seed == null) {
            return null;
        }
        return new SyntheticFirms.Parameters(firms, shares, foreign.doubleValue() / 100, exonerated.doubleValue() / 100,
                seed);
    }

    private String page(Model model, Map<String, String> form, FormErrors errors, Simulator.Result result) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("sizes", SizeClass.values());
        if (result != null) {
            model.addAttribute("chart", chart(result));
            model.addAttribute("pageScripts", List.of(CHART_JS, "/js/simulator-chart.js"));
        }
        return "employment/simulator";
    }

    /** The chart's data, for the page's static script: share of firms constrained, by size class and scenario. */
    private String chart(Simulator.Result result) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int s = 0; s < result.scenarios().size(); s++) {
            List<Double> data = new ArrayList<>();
            for (Simulator.Row row : result.rows()) {
                data.add(Math.round(row.cells().get(s).constrainedShare() * 1000) / 10.0);
            }
            datasets.add(Map.of("label", result.scenarios().get(s).label(), "data", data));
        }
        // Data for a script, never executed: "<" is escaped so no text can close the element.
        return json.writeValueAsString(Map.of("datasets", datasets)).replace("<", "\\u003c");
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Simulator.Result> results(HttpSession session) {
        Object kept = session.getAttribute(RESULTS);
        return kept instanceof Map<?, ?> map ? (Map<UUID, Simulator.Result>) map : Map.of();
    }

    private static void keep(HttpSession session, Simulator.Result result) {
        Map<UUID, Simulator.Result> kept = new LinkedHashMap<>(results(session));
        kept.put(result.id(), result);
        while (kept.size() > KEPT_RESULTS) {
            kept.remove(kept.keySet().iterator().next());
        }
        session.setAttribute(RESULTS, kept);
    }

    private static BigDecimal percent(Map<String, String> form, String field, InvalidInput.Collector problems) {
        BigDecimal value = number(form, field, BigDecimal.ZERO, BigDecimal.valueOf(100), problems);
        if (value != null && value.signum() == 0) {
            problems.add(field, "employment.sim.range", "0", "100");
            return null;
        }
        return value;
    }

    private static BigDecimal number(Map<String, String> form, String field, BigDecimal min, BigDecimal max,
                                     InvalidInput.Collector problems) {
        try {
            BigDecimal value = new BigDecimal(form.getOrDefault(field, "").replace(',', '.'));
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                problems.add(field, "employment.sim.range", min.toPlainString(), max.toPlainString());
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(field, "employment.sim.number");
            return null;
        }
    }

    private static Integer whole(Map<String, String> form, String field, int min, int max,
                                 InvalidInput.Collector problems) {
        try {
            int value = Integer.parseInt(form.getOrDefault(field, ""));
            if (value < min || value > max) {
                problems.add(field, "employment.sim.range", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(field, "employment.sim.number");
            return null;
        }
    }

    private static BigDecimal share(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
