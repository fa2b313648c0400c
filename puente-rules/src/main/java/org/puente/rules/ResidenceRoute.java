package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R7 — can a CPP or PTP holder move to the Especial Residente status (a CE for 1 year), from when,
 * and by when should they apply? Eligible with a valid or expired card issued at least 6 months
 * before, and no criminal, judicial or police record or INTERPOL alert; apply 30 days before expiry.
 */
public final class ResidenceRoute extends BaseDecision<ResidenceRoute.Facts, ResidenceRoute.Answer> {
    public static final String SLUG = "residence-route";

    /**
     * @param records       records the holder has: {@code CRIMINAL}, {@code JUDICIAL}, {@code POLICE}, {@code INTERPOL_ALERT}
     * @param passportValid whether the holder's passport is valid (empty: unknown)
     * @param lastEntryDate the holder's last entry into Peru (RS 121-2024 one-time exception)
     */
    public record Facts(LocalDate asOf, DocumentType documentType, LocalDate issueDate, LocalDate expiryDate, String nationality,
                        List<String> records, Boolean passportValid, LocalDate lastEntryDate, Boolean expiredPassportExceptionUsed) {
    }

    public enum Status {
        ELIGIBLE, NOT_YET_ELIGIBLE, NOT_ELIGIBLE
    }

    /**
     * @param eligibleFrom     issue date + 6 months
     * @param applyBy          expiry − 30 days (the advice; expired holders remain eligible)
     * @param barriers         why not eligible: {@code NOT_CPP_OR_PTP}, {@code RECORD:<code>}, {@code PASSPORT_NOT_VALID}
     * @param residenceYears   the length of the residence granted
     */
    public record Answer(Status status, LocalDate eligibleFrom, LocalDate applyBy, boolean applyByPassed, List<String> barriers,
                         int residenceYears, boolean expiredPassportExceptionApplies) {
    }

    ResidenceRoute(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R7");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        p.required("documentType", f.documentType());
        p.required("issueDate", f.issueDate());
        p.required("expiryDate", f.expiryDate());
        p.notBefore("expiryDate", f.expiryDate(), "issueDate", f.issueDate());
        if (f.nationality() != null) p.nationality("nationality", f.nationality());
        p.noNulls("records", f.records());
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23), DocumentType.CPP, LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1), "VEN",
                List.of(), true, null, null);
    }

    /** Especial Residente: veninformado.pe; panamericana.pe (DS 003-2023-IN); RS 000121-2024-MIGRACIONES for expired passports. */
    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R7");
        t.fact("documentType", f.documentType());
        t.fact("issueDate", f.issueDate());
        t.fact("expiryDate", f.expiryDate());
        var barriers = new ArrayList<String>();
        if (!t.use("especial_residente.documents").codes().contains(f.documentType().name())) {
            barriers.add("NOT_CPP_OR_PTP");
            t.reason("residence.not_cpp_or_ptp", f.documentType());
        }
        var disqualifying = t.use("especial_residente.disqualifying_records").codes();
        if (f.records() != null) {
            for (var r : f.records()) {
                if (disqualifying.contains(r)) {
                    barriers.add("RECORD:" + r);
                    t.reason("residence.record", r);
                }
            }
        }
        var eligibleFrom = f.issueDate().plusMonths(t.use("especial_residente.min_months_since_issue").integer());
        var applyBy = f.expiryDate().minusDays(t.use("especial_residente.apply_days_before_expiry").integer());
        var years = t.use("especial_residente.residence_years").integer();
        var exception = false;
        if (Boolean.FALSE.equals(f.passportValid()) && t.use("especial_residente.requires_valid_passport").flag()) {
            var inForce = t.book.value("passport.rs121_2024.in_force_from", t.asOf);
            if (!t.asOf.isBefore(inForce.date())) {
                t.use(inForce);
                var nationalities = t.use("passport.rs121_2024.nationalities").codes();
                exception = f.lastEntryDate() != null && f.lastEntryDate().isBefore(inForce.date())
                            && nationalities.contains(f.nationality()) && !Boolean.TRUE.equals(f.expiredPassportExceptionUsed());
                if (exception) {
                    t.reason("residence.rs121_exception", f.lastEntryDate(), inForce.date());
                } else {
                    barriers.add("PASSPORT_NOT_VALID");
                    t.reason("residence.passport_not_valid", inForce.date());
                }
            }
        }
        Status status;
        if (!barriers.isEmpty()) {
            status = Status.NOT_ELIGIBLE;
        } else if (t.asOf.isBefore(eligibleFrom)) {
            status = Status.NOT_YET_ELIGIBLE;
            t.reason("residence.not_yet", eligibleFrom);
        } else {
            status = Status.ELIGIBLE;
            t.reason("residence.eligible", eligibleFrom, years);
        }
        var passed = t.asOf.isAfter(applyBy);
        if (status != Status.NOT_ELIGIBLE) t.reason(passed ? "residence.apply_by_passed" : "residence.apply_by", applyBy);
        return new Answer(status, eligibleFrom, applyBy, passed, List.copyOf(barriers), years, exception);
    }
}
