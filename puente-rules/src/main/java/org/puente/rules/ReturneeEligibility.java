package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R11 — is a returning Peruvian eligible for the Ley 30001 benefits (as amended by Ley 31827)?
 * A Peruvian who lived in Peru before, 18 or over, abroad without interruption for at least 3 years
 * (2 if the return was forced by migratory status; visits of up to 180 days a year do not break it),
 * not excluded, who declares the intention to return within 180 days before or after entry.
 */
public final class ReturneeEligibility extends BaseDecision<ReturneeEligibility.Facts, ReturneeEligibility.Answer> {
    public static final String SLUG = "returnee-eligibility";

    /**
     * @param asOf               the application date
     * @param abroadSince        the day the uninterrupted residence abroad began
     * @param entryDate          the day of return to Peru (empty if not yet returned)
     * @param visits             days spent in Peru in each calendar year abroad
     * @param exclusions         exclusions that apply: {@code INTENTIONAL_CRIME_CONVICTION}, {@code TERRORISM},
     *                           {@code PUBLIC_OFFICIAL_ON_MISSION}
     * @param declarationDate    when the intention to return was declared (empty if not yet)
     * @param forceMajeure       a force-majeure cause for a missed deadline or visit limit, if any
     */
    public record Facts(LocalDate asOf, String nationality, Boolean previouslyResidedInPeru, LocalDate birthDate,
                        LocalDate abroadSince, LocalDate entryDate, List<YearVisits> visits, Boolean forcedReturn,
                        List<String> exclusions, LocalDate declarationDate, ForceMajeure forceMajeure) {
    }

    public record YearVisits(int year, int daysInPeru) {
    }

    /** Art. 10: proof filed within 30 days after the cause ended lets RREE and SUNAT treat the case exceptionally. */
    public record ForceMajeure(LocalDate causeEnded, LocalDate proofFiled) {
    }

    public enum Status {
        ELIGIBLE,
        /** Eligible once the intention to return is declared within the window. */
        ELIGIBLE_IF_DECLARED,
        /** A deadline or the visit limit was missed, but force majeure was filed in time: RREE and SUNAT decide. */
        FORCE_MAJEURE_REVIEW,
        NOT_ELIGIBLE
    }

    public record Answer(Status status, List<String> barriers, int requiredYearsAbroad, LocalDate abroadLongEnoughOn,
                         LocalDate declarationWindowFrom, LocalDate declarationWindowTo) {
    }

    ReturneeEligibility(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R11");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        p.nationality("nationality", f.nationality());
        p.required("previouslyResidedInPeru", f.previouslyResidedInPeru());
        p.required("birthDate", f.birthDate());
        p.required("abroadSince", f.abroadSince());
        p.notBefore("entryDate", f.entryDate(), "abroadSince", f.abroadSince());
        p.noNulls("visits", f.visits());
        p.noNulls("exclusions", f.exclusions());
        if (f.visits() != null) {
            for (int i = 0; i < f.visits().size(); i++) {
                var v = f.visits().get(i);
                if (v != null && (v.daysInPeru() < 0 || v.daysInPeru() > 366)) p.add("visits[" + i + "].daysInPeru", "problem.day_count");
            }
        }
        if (f.forceMajeure() != null) {
            p.required("forceMajeure.causeEnded", f.forceMajeure().causeEnded());
            p.required("forceMajeure.proofFiled", f.forceMajeure().proofFiled());
        }
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23), "PER", true, LocalDate.of(1990, 5, 4), LocalDate.of(2021, 2, 1),
                LocalDate.of(2026, 10, 1), List.of(new YearVisits(2024, 30)), false, List.of(), LocalDate.of(2026, 9, 15), null);
    }

    /** Ley 30001 art. 2 as amended by Ley 31827 (ribeiroymdl.pe; aduani.com; gob.pe/80268, /62569, /83486). */
    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R11");
        var barriers = new ArrayList<String>();
        var lateButExcusable = new ArrayList<String>();
        if (!"PER".equals(f.nationality())) barriers.add("NOT_PERUVIAN");
        if (!f.previouslyResidedInPeru()) barriers.add("NEVER_RESIDED_IN_PERU");
        var minAge = t.use("returnee.min_age").integer();
        if (f.birthDate().plusYears(minAge).isAfter(t.asOf)) barriers.add("UNDER_MINIMUM_AGE");
        var excluded = t.use("returnee.exclusions").codes();
        if (f.exclusions() != null) for (var e : f.exclusions()) if (excluded.contains(e)) barriers.add("EXCLUDED:" + e);

        var forced = Boolean.TRUE.equals(f.forcedReturn());
        var years = t.use(forced ? "returnee.min_years_abroad_forced" : "returnee.min_years_abroad").integer();
        var longEnoughOn = f.abroadSince().plusYears(years);
        var returned = f.entryDate() == null ? t.asOf : f.entryDate();
        if (returned.isBefore(longEnoughOn)) barriers.add("NOT_ENOUGH_TIME_ABROAD");

        var maxVisits = t.use("returnee.max_visit_days_per_year").integer();
        if (f.visits() != null) {
            for (var v : f.visits()) if (v.daysInPeru() > maxVisits) lateButExcusable.add("VISITS_EXCEEDED:" + v.year());
        }
        var window = t.use("returnee.declaration_window_days").integer();
        LocalDate from = null, to = null;
        boolean undeclared = false;
        if (f.entryDate() != null) {
            from = f.entryDate().minusDays(window);
            to = f.entryDate().plusDays(window);
            if (f.declarationDate() == null) {
                if (t.asOf.isAfter(to)) lateButExcusable.add("DECLARATION_WINDOW_MISSED");
                else undeclared = true;
            } else if (f.declarationDate().isBefore(from) || f.declarationDate().isAfter(to)) {
                lateButExcusable.add("DECLARATION_OUTSIDE_WINDOW");
            }
        } else if (f.declarationDate() == null) {
            undeclared = true;
        }
        var forceMajeure = false;
        if (!lateButExcusable.isEmpty() && f.forceMajeure() != null) {
            var days = t.use("returnee.force_majeure_filing_days").integer();
            forceMajeure = !f.forceMajeure().proofFiled().isAfter(f.forceMajeure().causeEnded().plusDays(days));
            t.reason(forceMajeure ? "returnee.force_majeure" : "returnee.force_majeure_late", days);
        }
        if (!forceMajeure) barriers.addAll(lateButExcusable);

        Status status;
        if (!barriers.isEmpty()) status = Status.NOT_ELIGIBLE;
        else if (forceMajeure) status = Status.FORCE_MAJEURE_REVIEW;
        else if (undeclared) status = Status.ELIGIBLE_IF_DECLARED;
        else status = Status.ELIGIBLE;

        t.fact("forcedReturn", forced);
        t.fact("abroadSince", f.abroadSince());
        t.fact("entryDate", f.entryDate());
        t.fact("declarationDate", f.declarationDate());
        t.reason("returnee.years", years, longEnoughOn);
        if (from != null) t.reason("returnee.window", from, to);
        for (var b : barriers) t.reason("returnee.barrier", b);
        t.reason("returnee.status." + status.name());
        return new Answer(status, List.copyOf(barriers), years, longEnoughOn, from, to);
    }
}
