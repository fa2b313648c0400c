package org.puente.server.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.puente.rules.Confidence;
import org.puente.rules.HiringLimit;
import org.puente.rules.Outcome;
import org.puente.rules.ParameterValue;
import org.puente.server.rights.Choices;
import org.puente.server.rights.ExplanationView;
import org.springframework.context.MessageSource;

/**
 * A hiring-limit answer as the employer's page shows it: the verdict, the shares against the limits,
 * the margin in one sentence, the counting rule (and whether it is confirmed), and one line per
 * worker saying whether they count and why.
 */
record HiringLimitView(boolean compliant, String verdict, List<String> breaches, int totalWorkers,
                       int countedForeignWorkers, String headcountShare, String payrollShare, String headcountLimit,
                       String payrollLimit, int maxCountedForeignWorkers, String margin, String countingRule,
                       boolean countingRuleUnconfirmed, List<WorkerLine> workers, int hiddenWorkers,
                       ExplanationView explanation) {

    /** At most this many workers are listed one by one; the rest are summed up. */
    static final int SHOWN_WORKERS = 200;

    record WorkerLine(int number, String nationality, String document, String pay, boolean foreign, boolean counts,
                      String why, boolean unconfirmed) {
    }

    static HiringLimitView of(Outcome<HiringLimit.Answer> outcome, List<HiringLimit.Worker> given, Choices choices,
                              MessageSource messages, Locale locale) {
        HiringLimit.Answer a = outcome.answer();
        ParameterValue rule = outcome.explanation().parameters().stream()
                .filter(p -> p.parameter().equals("dl689.counting_rule")).findFirst().orElse(null);
        List<WorkerLine> lines = new ArrayList<>();
        for (HiringLimit.WorkerCount c : a.workers()) {
            if (lines.size() == SHOWN_WORKERS) {
                break;
            }
            HiringLimit.Worker w = given.get(c.index());
            String detail = c.detail() == null ? "" : detailName(c.reason(), c.detail(), choices, locale);
            lines.add(new WorkerLine(c.index() + 1, w.nationality(),
                    w.documentType() == null ? "" : choices.name("rights.documentType", w.documentType().name(), locale),
                    money(w.monthlyPay()), c.foreign(), c.counts(),
                    messages.getMessage("employment.reason." + c.reason().name(), new Object[] {detail}, locale),
                    c.confidence() == Confidence.UNCONFIRMED));
        }
        String margin = a.compliant() && a.margin().foreignWorkers() > 0
                ? messages.getMessage("employment.margin", new Object[] {a.margin().foreignWorkers(),
                        money(a.margin().foreignMonthlyPay())}, locale)
                : messages.getMessage(a.compliant() ? "employment.margin.none" : "employment.margin.over", null, locale);
        return new HiringLimitView(a.compliant(),
                messages.getMessage(a.compliant() ? "employment.verdict.yes" : "employment.verdict.no", null, locale),
                a.breaches().stream().map(b -> messages.getMessage("employment.breach." + b.name(), null, locale))
                        .toList(),
                a.totalWorkers(), a.countedForeignWorkers(), percent(a.foreignHeadcountShare()),
                percent(a.foreignPayrollShare()), percent(a.headcountLimit()), percent(a.payrollLimit()),
                a.maxCountedForeignWorkers(), margin,
                messages.getMessage("employment.rule." + a.countingRule(), null, a.countingRule(), locale),
                rule != null && rule.confidence() == Confidence.UNCONFIRMED, lines,
                Math.max(0, a.workers().size() - lines.size()), ExplanationView.of(outcome.explanation(), locale));
    }

    private static String detailName(HiringLimit.CountReason reason, String detail, Choices choices, Locale locale) {
        return switch (reason) {
            case EXCEPTED_ART_3, EXONERATED_ART_6 -> choices.name("employment.exemption", detail, locale);
            case GROUP_COUNTED, GROUP_NOT_COUNTED -> choices.name("employment.group", detail, locale);
            case CALIDAD_NOT_COUNTED -> choices.name("rights.calidad", detail, locale);
            case PTP_OR_APTE_P -> choices.name("rights.documentType", detail, locale);
            default -> detail;
        };
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : "S/ " + String.format(Locale.ROOT, "%,.2f", amount);
    }
}
