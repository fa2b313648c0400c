package org.puente.server.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.puente.rules.CalidadMigratoria;
import org.puente.rules.Document;
import org.puente.rules.DocumentStatus;
import org.puente.rules.DocumentType;
import org.puente.rules.Holder;
import org.puente.rules.Messages;
import org.puente.rules.Outcome;
import org.puente.rules.Permission;
import org.puente.rules.ReturneeEligibility;
import org.puente.rules.RightsSummary;
import org.puente.rules.Source;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;
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

/**
 * The public questions a migrant or a returning Peruvian asks: "what does my document entitle me
 * to?" and "do I qualify as a returnee under Ley 30001?". Each form posts its facts, which are
 * answered by the rules and shown with their reasons, legal basis and explanation; nothing is
 * stored. Form fields are named by the facts' paths, so the rules' messages land beside them.
 */
@Controller
@StaffPage
class RightsPages {

    private static final int VISIT_ROWS = 3;
    private static final List<String> EXCLUSIONS = List.of("INTENTIONAL_CRIME_CONVICTION", "TERRORISM",
            "PUBLIC_OFFICIAL_ON_MISSION");

    private final RuleDecisions decisions;
    private final Choices choices;
    private final MessageSource messages;
    private final Clock clock;

    RightsPages(RuleDecisions decisions, Choices choices, MessageSource messages, Clock clock) {
        this.decisions = decisions;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/rights")
    String index() {
        return "rights/index";
    }

    // ---- What does my document entitle me to? ----------------------------------------------

    /** One right as the page shows it. */
    record RightView(String right, String name, String status, String statusText, String reason,
                     List<String> conditions, List<String> basis, boolean unconfirmed) {
    }

    record DocumentAnswer(String validity, String validityText, LocalDate validUntil, List<RightView> rights,
                          ExplanationView explanation) {
    }

    @GetMapping("/rights/document")
    String documentForm(Model model, Locale locale) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("asOf", LocalDate.now(clock).toString());
        form.add("document.status", DocumentStatus.ACTIVE.name());
        return documentPage(model, form, FormErrors.none(), null, locale);
    }

    @PostMapping("/rights/document")
    String documentAnswer(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        try {
            var problems = new InvalidInput.Collector();
            RightsSummary.Facts facts = documentFacts(form, problems);
            problems.throwIfAny();
            Outcome<RightsSummary.Answer> outcome = decisions.rightsSummary(facts);
            return documentPage(model, form, FormErrors.none(), documentAnswer(outcome, locale), locale);
        } catch (InvalidInput e) {
            return documentPage(model, form, FormErrors.of(e, messages, locale), null, locale);
        }
    }

    static RightsSummary.Facts documentFacts(MultiValueMap<String, String> form, InvalidInput.Collector problems) {
        LocalDate asOf = FormDates.parse(form.getFirst("asOf"), "asOf", problems);
        DocumentType type = FormFields.choice(DocumentType.class, form.getFirst("document.type"), "document.type",
                problems);
        DocumentStatus status = FormFields.choice(DocumentStatus.class, form.getFirst("document.status"),
                "document.status", problems);
        LocalDate issued = FormDates.parse(form.getFirst("document.issueDate"), "document.issueDate", problems);
        LocalDate expires = FormDates.parse(form.getFirst("document.expiryDate"), "document.expiryDate", problems);
        CalidadMigratoria calidad = FormFields.choice(CalidadMigratoria.class, form.getFirst("document.calidad"),
                "document.calidad", problems);
        String nationality = blankToNull(form.getFirst("document.nationality"));
        Holder holder = new Holder(FormFields.yesNo(form.getFirst("holder.asylumWorkAuthorisation")),
                FormDates.parse(form.getFirst("holder.lastEntryDate"), "holder.lastEntryDate", problems),
                FormFields.yesNo(form.getFirst("holder.expiredPassportExceptionUsed")));
        return new RightsSummary.Facts(asOf,
                new Document(type, status, issued, expires, calidad, nationality, null), holder);
    }

    private DocumentAnswer documentAnswer(Outcome<RightsSummary.Answer> outcome, Locale locale) {
        RightsSummary.Answer answer = outcome.answer();
        List<RightView> rights = new ArrayList<>();
        for (RightsSummary.RightStatus r : answer.rights()) {
            String status = r.status().name();
            rights.add(new RightView(r.right().name(), text("rights.right." + r.right().name(), locale), status,
                    text("rights.permission." + status, locale), r.explanation(locale),
                    r.status() == Permission.DEPENDS ? r.dependsOn().stream()
                            .map(c -> choices.name("rights.condition", c, locale)).toList() : List.of(),
                    r.basis().stream().map(Source::toString).toList(),
                    r.confidence() == org.puente.rules.Confidence.UNCONFIRMED));
        }
        String validity = answer.documentValidity().name();
        return new DocumentAnswer(validity, choices.name("rights.validity", validity, locale), answer.validUntil(),
                rights, ExplanationView.of(outcome.explanation(), locale));
    }

    private String documentPage(Model model, MultiValueMap<String, String> form, FormErrors errors,
                                DocumentAnswer answer, Locale locale) {
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("documentTypes", choices.of(DocumentType.class, "rights.documentType", locale));
        model.addAttribute("statuses", choices.of(DocumentStatus.class, "rights.documentStatus", locale));
        model.addAttribute("calidades", choices.of(CalidadMigratoria.class, "rights.calidad", locale));
        model.addAttribute("countries", choices.countries(locale));
        model.addAttribute("yesNo", choices.yesNo(locale));
        return "rights/document";
    }

    // ---- Do I qualify as a returnee (Ley 30001 as amended by Ley 31827)? ----------------------

    record ReturneeAnswer(String status, String statusText, List<String> barriers, int requiredYearsAbroad,
                          LocalDate abroadLongEnoughOn, LocalDate declarationWindowFrom,
                          LocalDate declarationWindowTo, ExplanationView explanation) {
    }

    @GetMapping("/rights/returnee")
    String returneeForm(Model model, Locale locale) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("asOf", LocalDate.now(clock).toString());
        form.add("nationality", "PER");
        return returneePage(model, form, FormErrors.none(), null, locale);
    }

    @PostMapping("/rights/returnee")
    String returneeAnswer(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        List<Integer> visitRows = new ArrayList<>();
        try {
            var problems = new InvalidInput.Collector();
            ReturneeEligibility.Facts facts = returneeFacts(form, problems, visitRows);
            problems.throwIfAny();
            Outcome<ReturneeEligibility.Answer> outcome;
            try {
                outcome = decisions.returneeEligibility(facts);
            } catch (InvalidInput e) {
                throw renumbered(e, "visits", visitRows);
            }
            ReturneeEligibility.Answer a = outcome.answer();
            var answer = new ReturneeAnswer(a.status().name(),
                    Messages.get(locale, "returnee.status." + a.status().name()),
                    a.barriers().stream().map(b -> barrier(b, locale)).toList(), a.requiredYearsAbroad(),
                    a.abroadLongEnoughOn(), a.declarationWindowFrom(), a.declarationWindowTo(),
                    ExplanationView.of(outcome.explanation(), locale));
            return returneePage(model, form, FormErrors.none(), answer, locale);
        } catch (InvalidInput e) {
            return returneePage(model, form, FormErrors.of(e, messages, locale), null, locale);
        }
    }

    static ReturneeEligibility.Facts returneeFacts(MultiValueMap<String, String> form,
                                                   InvalidInput.Collector problems, List<Integer> visitRows) {
        List<ReturneeEligibility.YearVisits> visits = new ArrayList<>();
        for (int i = 0; i < VISIT_ROWS; i++) {
            String year = form.getFirst("visits[" + i + "].year");
            String days = form.getFirst("visits[" + i + "].daysInPeru");
            if (blankToNull(year) == null && blankToNull(days) == null) {
                continue;
            }
            Integer y = whole(year, "visits[" + i + "].year", problems);
            Integer d = whole(days, "visits[" + i + "].daysInPeru", problems);
            if (y != null && d != null) {
                visits.add(new ReturneeEligibility.YearVisits(y, d));
                visitRows.add(i);
            }
        }
        List<String> exclusions = new ArrayList<>();
        for (String e : form.getOrDefault("exclusions", List.of())) {
            if (EXCLUSIONS.contains(e)) {
                exclusions.add(e);
            }
        }
        LocalDate causeEnded = FormDates.parse(form.getFirst("forceMajeure.causeEnded"), "forceMajeure.causeEnded",
                problems);
        LocalDate proofFiled = FormDates.parse(form.getFirst("forceMajeure.proofFiled"), "forceMajeure.proofFiled",
                problems);
        return new ReturneeEligibility.Facts(
                FormDates.parse(form.getFirst("asOf"), "asOf", problems),
                blankToNull(form.getFirst("nationality")),
                FormFields.yesNo(form.getFirst("previouslyResidedInPeru")),
                FormDates.parse(form.getFirst("birthDate"), "birthDate", problems),
                FormDates.parse(form.getFirst("abroadSince"), "abroadSince", problems),
                FormDates.parse(form.getFirst("entryDate"), "entryDate", problems),
                visits,
                "yes".equals(form.getFirst("forcedReturn")),
                exclusions,
                FormDates.parse(form.getFirst("declarationDate"), "declarationDate", problems),
                causeEnded == null && proofFiled == null ? null
                        : new ReturneeEligibility.ForceMajeure(causeEnded, proofFiled));
    }

    private String barrier(String code, Locale locale) {
        int colon = code.indexOf(':');
        String key = colon < 0 ? code : code.substring(0, colon);
        String detail = colon < 0 ? "" : code.substring(colon + 1);
        if ("EXCLUDED".equals(key)) {
            detail = text("rights.returnee.exclusion." + detail, locale);
        }
        return messages.getMessage("rights.returnee.barrier." + key, new Object[] {detail}, code, locale);
    }

    private String returneePage(Model model, MultiValueMap<String, String> form, FormErrors errors,
                                ReturneeAnswer answer, Locale locale) {
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("exclusionsChosen", form.getOrDefault("exclusions", List.of()));
        model.addAttribute("exclusions", EXCLUSIONS);
        model.addAttribute("visitRows", java.util.stream.IntStream.range(0, VISIT_ROWS).boxed().toList());
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("countries", choices.countries(locale));
        model.addAttribute("yesNo", choices.yesNo(locale));
        return "rights/returnee";
    }

    // ---------------------------------------------------------------------------------------------

    /** The library names the n-th visit it was given; the form row may be another (blank rows are skipped). */
    static InvalidInput renumbered(InvalidInput e, String list, List<Integer> rows) {
        List<FieldProblem> out = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field();
            if (field != null && field.startsWith(list + "[")) {
                int close = field.indexOf(']');
                int given = Integer.parseInt(field.substring(list.length() + 1, close));
                if (given < rows.size()) {
                    field = list + "[" + rows.get(given) + field.substring(close);
                }
            }
            out.add(new FieldProblem(field, p.code(), p.args()));
        }
        return new InvalidInput(out);
    }

    private static Integer whole(String value, String field, InvalidInput.Collector problems) {
        if (blankToNull(value) == null) {
            problems.add(field, "validation.required");
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "validation.json.type");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
