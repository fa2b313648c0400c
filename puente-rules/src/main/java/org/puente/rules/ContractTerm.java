package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R6 — does a foreign worker's contract meet DL 689's form: written, fixed-term, at most 3 years,
 * each extension at most 3 years, the mandatory clauses present, and (PTP, APTE-P) no longer than
 * the permit? Contracts of art. 3 excepted workers follow the rules for Peruvians and are not checked.
 * Terms are inclusive: a 3-year contract from 1 Jan 2024 ends on 31 Dec 2026 at the latest.
 */
public final class ContractTerm extends BaseDecision<ContractTerm.Facts, ContractTerm.Answer> {
    public static final String SLUG = "contract-term";

    /**
     * @param startDate    first day of the contract (the rules in force on that day apply)
     * @param endDate      last day of the initial term (empty for an open-ended contract)
     * @param extensions   extensions (prórrogas) signed so far, in order; may be empty
     * @param permitExpiry the PTP or APTE-P expiry date (required for those documents)
     * @param written      whether the contract is in writing
     * @param clauses      the mandatory clauses the contract contains (codes of {@code dl689.contract.mandatory_clauses})
     * @param exemptions   DL 689 exemptions claimed for the worker
     */
    public record Facts(DocumentType documentType, LocalDate startDate, LocalDate endDate, List<Extension> extensions,
                        LocalDate permitExpiry, Boolean written, List<String> clauses, List<String> exemptions) {
    }

    public record Extension(LocalDate startDate, LocalDate endDate) {
    }

    public enum Issue {
        NOT_WRITTEN, NOT_FIXED_TERM, TERM_TOO_LONG, EXTENSION_TOO_LONG, OUTLASTS_PERMIT, MISSING_CLAUSES
    }

    /**
     * @param subjectToDl689        false for art. 3 excepted workers
     * @param latestInitialEndDate  the last day the initial term may run to
     * @param tooLongExtensions     indexes of extensions longer than allowed
     */
    public record Answer(boolean valid, boolean subjectToDl689, List<Issue> issues, LocalDate latestInitialEndDate,
                         List<Integer> tooLongExtensions, List<String> missingClauses) {
    }

    ContractTerm(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R6");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.startDate();
    }

    @Override
    String asOfField() {
        return "startDate";
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("startDate", f.startDate());
        p.required("written", f.written());
        p.notBefore("endDate", f.endDate(), "startDate", f.startDate());
        if (f.extensions() != null) {
            for (int i = 0; i < f.extensions().size(); i++) {
                var e = f.extensions().get(i);
                var path = "extensions[" + i + "]";
                if (!p.required(path, e)) continue;
                p.required(path + ".startDate", e.startDate());
                p.required(path + ".endDate", e.endDate());
                p.notBefore(path + ".endDate", e.endDate(), path + ".startDate", e.startDate());
            }
        }
        if (f.documentType() == DocumentType.PTP || f.documentType() == DocumentType.APTE_P) p.required("permitExpiry", f.permitExpiry());
        p.noNulls("clauses", f.clauses());
        HiringLimit.checkExemptions("exemptions", f.exemptions(), book, p);
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(DocumentType.CE, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), List.of(), null, true,
                List.of("APPROVAL_DOES_NOT_AUTHORISE_WORK_WITHOUT_STATUS", "RETURN_TRANSPORT", "TRAINING_OF_NATIONALS"), List.of());
    }

    /** DL 689 contract formalities (mirandalawyers.com; semanaeconomica.com); RM 176-2018-TR for PTP/APTE-P. */
    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R6");
        t.fact("startDate", f.startDate());
        t.fact("endDate", f.endDate());
        if (f.exemptions() != null) {
            for (var code : f.exemptions()) {
                var v = t.use("dl689.exemption." + code);
                if ("3".equals(v.map().get("article"))) {
                    t.reason("contract.excepted", code);
                    return new Answer(true, false, List.of(), null, List.of(), List.of());
                }
            }
        }
        var issues = new ArrayList<Issue>();
        if (!f.written()) issues.add(Issue.NOT_WRITTEN);
        var years = t.use("dl689.contract.max_term_years").integer();
        var latest = f.startDate().plusYears(years).minusDays(1);
        if (f.endDate() == null) {
            issues.add(Issue.NOT_FIXED_TERM);
        } else if (f.endDate().isAfter(latest)) {
            issues.add(Issue.TERM_TOO_LONG);
        }
        var tooLong = new ArrayList<Integer>();
        var end = f.endDate();
        var extensions = f.extensions() == null ? List.<Extension>of() : f.extensions();
        if (!extensions.isEmpty()) {
            var maxExt = t.use("dl689.contract.max_extension_years").integer();
            for (int i = 0; i < extensions.size(); i++) {
                var e = extensions.get(i);
                if (e.endDate().isAfter(e.startDate().plusYears(maxExt).minusDays(1))) tooLong.add(i);
                if (end == null || e.endDate().isAfter(end)) end = e.endDate();
            }
            if (!tooLong.isEmpty()) issues.add(Issue.EXTENSION_TOO_LONG);
        }
        if (f.documentType() != null) {
            var within = t.use("dl689.contract.within_permit");
            if (within.codes().contains(f.documentType().name()) && (end == null || end.isAfter(f.permitExpiry()))) {
                issues.add(Issue.OUTLASTS_PERMIT);
                t.reason("contract.outlasts_permit", f.documentType(), f.permitExpiry());
            }
        }
        var mandatory = t.use("dl689.contract.mandatory_clauses").codes();
        var missing = new ArrayList<String>();
        var present = f.clauses() == null ? List.<String>of() : f.clauses();
        for (var c : mandatory) if (!present.contains(c)) missing.add(c);
        if (!missing.isEmpty()) issues.add(Issue.MISSING_CLAUSES);

        for (var i : issues) {
            if (i != Issue.OUTLASTS_PERMIT) t.reason("contract.issue." + i.name(), years, latest, missing);
        }
        if (issues.isEmpty()) t.reason("contract.valid", years, latest);
        return new Answer(issues.isEmpty(), true, List.copyOf(issues), latest, List.copyOf(tooLong), List.copyOf(missing));
    }
}
