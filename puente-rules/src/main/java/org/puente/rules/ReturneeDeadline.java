package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R13 — by when must RREE decide an application for the Tarjeta del Migrante Retornado? gob.pe says
 * 15 business days, the law text 30: both are computed, and alerts use the stricter 15 (flagged).
 */
public final class ReturneeDeadline extends BaseDecision<ReturneeDeadline.Facts, ReturneeDeadline.Answer> {
    public static final String SLUG = "returnee-deadline";

    public record Facts(LocalDate filingDate) {
    }

    /**
     * @param dueDate         filing date + 15 business days (for alerts)
     * @param dueDateLawText  filing date + 30 business days (the law text)
     * @param holidaysSkipped public holidays on weekdays between the filing date and the due date
     */
    public record Answer(LocalDate dueDate, int businessDays, LocalDate dueDateLawText, int businessDaysLawText,
                         List<LocalDate> holidaysSkipped) {
    }

    ReturneeDeadline(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R13");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.filingDate();
    }

    @Override
    String asOfField() {
        return "filingDate";
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("filingDate", f.filingDate());
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 12, 1));
    }

    /** gob.pe/83486 (15 business days) against the law text per aduani.com (30): discrepancy, stricter used. */
    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R13");
        var n = t.use("returnee.tmr_decision_business_days").integer();
        var nLaw = t.use("returnee.tmr_decision_business_days_law").integer();
        var due = t.businessDaysAfter(f.filingDate(), n);
        var dueLaw = t.businessDaysAfter(f.filingDate(), nLaw);
        var skipped = new ArrayList<LocalDate>();
        var days = t.book.businessDays();
        for (var d = f.filingDate().plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (days.isHoliday(d) && d.getDayOfWeek().getValue() <= 5) skipped.add(d);
        }
        t.fact("filingDate", f.filingDate());
        t.reason("deadline.due", n, due, skipped);
        t.reason("deadline.due_law", nLaw, dueLaw);
        return new Answer(due, n, dueLaw, nLaw, List.copyOf(skipped));
    }
}
