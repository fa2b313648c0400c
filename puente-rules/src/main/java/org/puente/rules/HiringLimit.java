package org.puente.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R5 — does an employer keep within DL 689's limits on foreign workers (art. 4: at most 20% of
 * headcount and 30% of payroll), and how many more foreign workers could it hire?
 *
 * <p>Who counts: Peruvians never; foreigners with an art. 3 exception or art. 6 exoneration do
 * not; Inversionista residents do not; PTP and APTE-P holders do (RM 176-2018-TR); CPP holders,
 * refugees, asylum seekers, Especial Residente and Humanitaria residents, Andean, Mercosur and
 * Spanish nationals count by unconfirmed parameters that legal review can switch off; every other
 * foreigner counts. The counting rule itself (strict, no rounding, by default) is a parameter.
 */
public final class HiringLimit extends BaseDecision<HiringLimit.Facts, HiringLimit.Answer> {
    public static final String SLUG = "hiring-limit";
    /**
     * A scenario parameter (no published rule set has it: DL 689 sets no minimum): the number of
     * counted foreign workers an employer may have whatever the shares. See {@link RuleBook#withScenario}.
     */
    public static final String MINIMUM_FOREIGN_WORKERS = "dl689.minimum_foreign_workers";
    private static final String PERU = "PER";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param asOf    the date of the check
     * @param workers every worker on the payroll, Peruvians included
     */
    public record Facts(LocalDate asOf, List<Worker> workers) {
    }

    /**
     * @param nationality  ISO 3166-1 alpha-3; {@code PER} for Peruvians
     * @param documentType the foreign worker's document, when known
     * @param calidad      the calidad migratoria, when known
     * @param monthlyPay   monthly pay in soles (≥ 0)
     * @param exemptions   art. 3 exceptions or art. 6 exonerations claimed ({@code PERUVIAN_SPOUSE}, {@code SPECIALIST}, …)
     */
    public record Worker(String nationality, DocumentType documentType, CalidadMigratoria calidad, BigDecimal monthlyPay,
                         List<String> exemptions) {
    }

    /** Why a worker counts toward the limits or not. */
    public enum CountReason {
        PERUVIAN, EXCEPTED_ART_3, EXONERATED_ART_6, CALIDAD_NOT_COUNTED, PTP_OR_APTE_P, GROUP_COUNTED, GROUP_NOT_COUNTED, FOREIGN
    }

    /** Groups whose treatment under DL 689 the fact sheet could not confirm. */
    public enum Group {
        CPP, REFUGEE, ASYLUM_SEEKER, ESPECIAL_OR_HUMANITARIA, ANDEAN, MERCOSUR, SPAIN
    }

    public enum Breach {
        OVER_HEADCOUNT, OVER_PAYROLL
    }

    /**
     * One worker's place in the count.
     *
     * @param detail     the exemption code or group, when one decided
     * @param basis      the parameter that decided, when one did
     * @param confidence how sure that is
     */
    public record WorkerCount(int index, boolean foreign, boolean counts, CountReason reason, String detail, String basis,
                              Confidence confidence) {
    }

    /**
     * What the employer can still do without breaching either limit, if nothing else changes: hire up
     * to {@code foreignWorkers} more counted foreign workers, whose monthly pay together is at most
     * {@code foreignMonthlyPay} soles (the payroll headroom: also what counted foreign pay can still grow).
     * In a scenario whose headcount share is 1 (payroll limit only) the headcount sets no bound and
     * {@code foreignWorkers} is {@link Integer#MAX_VALUE}; in one with a minimum number of foreign
     * workers, the workers up to that minimum are allowed whatever their pay.
     */
    public record Margin(int foreignWorkers, BigDecimal foreignMonthlyPay, String currency) {
    }

    /**
     * @param compliant              within both limits
     * @param breaches               which limits are exceeded
     * @param totalWorkers           everyone on the payroll
     * @param foreignWorkers         foreigners, counted or not
     * @param countedForeignWorkers  foreigners who count toward the limits
     * @param foreignHeadcountShare  counted foreigners / total workers (4 decimals; 0 with no workers)
     * @param foreignPayrollShare    counted foreign pay / total pay (4 decimals)
     * @param headcountLimit         the headcount share allowed (0.20)
     * @param payrollLimit           the payroll share allowed (0.30)
     * @param maxCountedForeignWorkers the most counted foreigners the current headcount allows
     * @param countingRule           STRICT (foreign ≤ share × total, no rounding) or ROUND_UP
     */
    public record Answer(boolean compliant, List<Breach> breaches, int totalWorkers, int foreignWorkers, int countedForeignWorkers,
                         BigDecimal totalMonthlyPayroll, BigDecimal countedForeignMonthlyPay,
                         BigDecimal foreignHeadcountShare, BigDecimal foreignPayrollShare,
                         BigDecimal headcountLimit, BigDecimal payrollLimit, int maxCountedForeignWorkers,
                         Margin margin, String countingRule, List<WorkerCount> workers) {
    }

    HiringLimit(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R5");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        if (!p.required("workers", f.workers())) return;
        var ws = f.workers();
        for (int i = 0; i < ws.size(); i++) {
            var w = ws.get(i);
            // Paths are built only for a worker with a problem: this loop runs for every worker of every check.
            if (w == null) {
                p.add("workers[" + i + "]", "problem.required");
                continue;
            }
            if (!Problems.isIso3(w.nationality())) p.nationality("workers[" + i + "].nationality", w.nationality());
            if (w.monthlyPay() == null || w.monthlyPay().signum() < 0) {
                if (p.required("workers[" + i + "].monthlyPay", w.monthlyPay())) p.notNegative("workers[" + i + "].monthlyPay", w.monthlyPay());
            }
            if (w.exemptions() != null && !w.exemptions().isEmpty()) checkExemptions("workers[" + i + "].exemptions", w.exemptions(), book, p);
        }
    }

    static void checkExemptions(String path, List<String> exemptions, RuleBook book, Problems p) {
        if (exemptions == null) return;
        for (int i = 0; i < exemptions.size(); i++) {
            var code = exemptions.get(i);
            if (code == null) {
                p.add(path + "[" + i + "]", "problem.required");
            } else if (book.exemption(code) == null) {
                p.add(path + "[" + i + "]", "problem.exemption", code, book.exemptionCodes());
            }
        }
    }

    @Override
    public Facts exampleFacts() {
        var pay = BigDecimal.valueOf(1500);
        return new Facts(LocalDate.of(2026, 11, 23), List.of(
                new Worker("CHN", DocumentType.CE, CalidadMigratoria.TRABAJADOR_RESIDENTE, pay, List.of()),
                new Worker(PERU, null, null, pay, List.of()),
                new Worker(PERU, null, null, pay, List.of()),
                new Worker(PERU, null, null, pay, List.of())));
    }

    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R5");
        var headShare = t.use("dl689.headcount_share").decimal();
        var payShare = t.use("dl689.payroll_share").decimal();
        var rule = t.use("dl689.counting_rule").string();

        // A scenario may allow a minimum number of foreign workers whatever the shares; the law does not.
        var minimum = t.book.hasParameter(MINIMUM_FOREIGN_WORKERS) ? t.use(MINIMUM_FOREIGN_WORKERS).integer() : 0;

        var ws = f.workers();
        var counts = new ArrayList<WorkerCount>(ws.size());
        int foreign = 0, counted = 0;
        var total = BigDecimal.ZERO;
        var countedPay = BigDecimal.ZERO;
        var counter = new Counter(t);
        for (int i = 0; i < ws.size(); i++) {
            var w = ws.get(i);
            total = total.add(w.monthlyPay());
            var c = counter.count(i, w);
            counts.add(c);
            if (c.foreign()) foreign++;
            if (c.counts()) {
                counted++;
                countedPay = countedPay.add(w.monthlyPay());
            }
        }
        int n = ws.size();
        var maxHead = Math.max(maxForeign(rule, headShare, n), minimum);
        boolean headOk = counted <= maxHead;
        boolean payOk = counted <= minimum || countedPay.compareTo(payShare.multiply(total)) <= 0;
        var breaches = headOk && payOk ? List.<Breach>of()
                : headOk ? List.of(Breach.OVER_PAYROLL) : payOk ? List.of(Breach.OVER_HEADCOUNT)
                : List.of(Breach.OVER_HEADCOUNT, Breach.OVER_PAYROLL);
        var headcountShare = n == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_EVEN);
        var payrollShare = total.signum() == 0 ? BigDecimal.ZERO.setScale(4) : countedPay.divide(total, 4, RoundingMode.HALF_EVEN);
        boolean sharesOk = counted <= maxForeign(rule, headShare, n) && countedPay.compareTo(payShare.multiply(total)) <= 0;
        var margin = new Margin(Math.max(minimum - counted, sharesOk ? moreForeign(rule, headShare, n, counted) : 0),
                payOk ? payHeadroom(payShare, total, countedPay) : BigDecimal.ZERO.setScale(2), "PEN");

        t.fact("totalWorkers", n);
        t.fact("foreignWorkers", foreign);
        t.fact("countedForeignWorkers", counted);
        t.fact("totalMonthlyPayroll", total);
        t.fact("countedForeignMonthlyPay", countedPay);
        t.reason("hiring.rule." + rule, headShare.multiply(HUNDRED).stripTrailingZeros().toPlainString(),
                payShare.multiply(HUNDRED).stripTrailingZeros().toPlainString());
        t.reason(headOk ? "hiring.headcount.within" : "hiring.headcount.over", counted, n, percent(headcountShare), maxHead);
        t.reason(payOk ? "hiring.payroll.within" : "hiring.payroll.over", countedPay, total, percent(payrollShare));
        if (minimum > 0) t.reason("hiring.minimum", minimum);
        if (margin.foreignWorkers() == Integer.MAX_VALUE) {
            t.reason("hiring.margin.payroll_only", margin.foreignMonthlyPay());
        } else if (margin.foreignWorkers() > 0) {
            t.reason("hiring.margin", margin.foreignWorkers(), margin.foreignMonthlyPay());
        } else {
            t.reason("hiring.no_margin");
        }
        if (counter.excluded > 0) t.reason("hiring.excluded", counter.excluded);
        return new Answer(headOk && payOk, breaches, n, foreign, counted, total, countedPay, headcountShare, payrollShare,
                headShare, payShare, maxHead, margin, rule, counts);
    }

    private static String percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " %";
    }

    /**
     * DL 689 art. 4: the most counted foreign workers a headcount of {@code total} allows.
     * STRICT: foreign ≤ share × total, so ⌊share × total⌋; ROUND_UP: ⌈share × total⌉.
     */
    static int maxForeign(String rule, BigDecimal share, int total) {
        var exact = share.multiply(BigDecimal.valueOf(total));
        return exact.setScale(0, "ROUND_UP".equals(rule) ? RoundingMode.CEILING : RoundingMode.FLOOR).intValueExact();
    }

    /**
     * How many more counted foreign workers can join (total grows with them) before the headcount
     * limit is breached: the largest k with counted + k ≤ max(total + k).
     * STRICT: k ≤ (share × total − counted) / (1 − share), so ⌊that⌋.
     */
    static int moreForeign(String rule, BigDecimal share, int total, int counted) {
        if (share.compareTo(BigDecimal.ONE) >= 0) return Integer.MAX_VALUE; // every worker may be foreign
        if ("ROUND_UP".equals(rule)) {
            int k = 0;
            while (counted + k + 1 <= maxForeign(rule, share, total + k + 1)) k++;
            return k;
        }
        var room = share.multiply(BigDecimal.valueOf(total)).subtract(BigDecimal.valueOf(counted));
        if (room.signum() <= 0) return 0;
        return room.divide(BigDecimal.ONE.subtract(share), 0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * DL 689 art. 4: added counted foreign pay x keeps foreignPay + x ≤ share × (total + x), so
     * x ≤ (share × total − foreignPay) / (1 − share), rounded down to the cent.
     */
    static BigDecimal payHeadroom(BigDecimal share, BigDecimal total, BigDecimal foreignPay) {
        var room = share.multiply(total).subtract(foreignPay);
        if (room.signum() <= 0) return BigDecimal.ZERO.setScale(2);
        return room.divide(BigDecimal.ONE.subtract(share), 2, RoundingMode.FLOOR);
    }

    /**
     * The group whose treatment under DL 689 is unconfirmed that a foreign worker belongs to, or
     * null. Fact sheet §3.6 and §12.2.
     */
    static Group unsettledGroup(DocumentType type, CalidadMigratoria calidad, String nationality, Trace t) {
        if (type == DocumentType.CPP) return Group.CPP;
        if (type == DocumentType.CE_REFUGEE || calidad == CalidadMigratoria.REFUGIADO) return Group.REFUGEE;
        if (type == DocumentType.ASYLUM_SEEKER_CARD || calidad == CalidadMigratoria.SOLICITANTE_DE_REFUGIO) return Group.ASYLUM_SEEKER;
        if (calidad == CalidadMigratoria.ESPECIAL_RESIDENTE || calidad == CalidadMigratoria.HUMANITARIA) return Group.ESPECIAL_OR_HUMANITARIA;
        if (nationality == null) return null;
        if (calidad == CalidadMigratoria.MIGRANTE_ANDINO || t.book.value("dl689.andean_countries", t.asOf).codes().contains(nationality)) {
            return Group.ANDEAN;
        }
        if (calidad == CalidadMigratoria.MERCOSUR || t.book.value("dl689.mercosur_countries", t.asOf).codes().contains(nationality)) {
            return Group.MERCOSUR;
        }
        if ("ESP".equals(nationality)) return Group.SPAIN;
        return null;
    }

    private static String groupParameter(Group g) {
        return switch (g) {
            case CPP -> "dl689.counts.cpp";
            case REFUGEE -> "dl689.counts.refugees";
            case ASYLUM_SEEKER -> "dl689.counts.asylum_seekers";
            case ESPECIAL_OR_HUMANITARIA -> "dl689.counts.especial_humanitaria";
            case ANDEAN -> "dl689.counts.andean";
            case MERCOSUR -> "dl689.counts.mercosur";
            case SPAIN -> "dl689.counts.spain";
        };
    }

    /** Decides worker by worker who counts, looking each parameter up once per decision. */
    private static final class Counter {
        private final Trace t;
        private ParameterValue ptpApte, notCounted, andean, mercosur;
        private final ParameterValue[] groups = new ParameterValue[Group.values().length];
        int excluded;

        Counter(Trace t) {
            this.t = t;
        }

        WorkerCount count(int i, Worker w) {
            if (PERU.equals(w.nationality())) {
                return new WorkerCount(i, false, false, CountReason.PERUVIAN, null, null, Confidence.CONFIRMED);
            }
            var ex = w.exemptions();
            if (ex != null && !ex.isEmpty()) {
                // Prefer a confirmed art. 3 exception, then any art. 3, then art. 6.
                ParameterValue best = null;
                String bestCode = null;
                for (var code : ex) {
                    var v = t.book.exemption(code).at(t.asOf);
                    if (v == null) throw new NoRuleInForce("dl689.exemption." + code, t.asOf);
                    t.use(v);
                    if (best == null || rank(v) > rank(best)) {
                        best = v;
                        bestCode = code;
                    }
                }
                excluded++;
                var art3 = "3".equals(best.map().get("article"));
                return new WorkerCount(i, true, false, art3 ? CountReason.EXCEPTED_ART_3 : CountReason.EXONERATED_ART_6,
                        bestCode, best.parameter(), best.confidence());
            }
            if (w.calidad() != null) {
                if (notCounted == null) notCounted = t.book.value("dl689.not_counted_calidades", t.asOf);
                if (notCounted.codes().contains(w.calidad().name())) {
                    t.use(notCounted);
                    excluded++;
                    return new WorkerCount(i, true, false, CountReason.CALIDAD_NOT_COUNTED, w.calidad().name(), notCounted.parameter(),
                            notCounted.confidence());
                }
            }
            var type = w.documentType();
            if (type == DocumentType.PTP || type == DocumentType.APTE_P) {
                if (ptpApte == null) ptpApte = t.use("dl689.counts.ptp_apte_p");
                if (ptpApte.codes().contains(type.name())) {
                    return new WorkerCount(i, true, true, CountReason.PTP_OR_APTE_P, type.name(), ptpApte.parameter(), ptpApte.confidence());
                }
            }
            var group = group(w);
            if (group != null) {
                var v = groups[group.ordinal()];
                if (v == null) v = groups[group.ordinal()] = t.use(groupParameter(group));
                if (!v.flag()) excluded++;
                return new WorkerCount(i, true, v.flag(), v.flag() ? CountReason.GROUP_COUNTED : CountReason.GROUP_NOT_COUNTED,
                        group.name(), v.parameter(), v.confidence());
            }
            return new WorkerCount(i, true, true, CountReason.FOREIGN, null, "dl689.headcount_share", Confidence.CONFIRMED);
        }

        private Group group(Worker w) {
            var type = w.documentType();
            var calidad = w.calidad();
            if (type == DocumentType.CPP) return Group.CPP;
            if (type == DocumentType.CE_REFUGEE || calidad == CalidadMigratoria.REFUGIADO) return Group.REFUGEE;
            if (type == DocumentType.ASYLUM_SEEKER_CARD || calidad == CalidadMigratoria.SOLICITANTE_DE_REFUGIO) return Group.ASYLUM_SEEKER;
            if (calidad == CalidadMigratoria.ESPECIAL_RESIDENTE || calidad == CalidadMigratoria.HUMANITARIA) return Group.ESPECIAL_OR_HUMANITARIA;
            var nationality = w.nationality();
            if (andean == null) andean = t.book.value("dl689.andean_countries", t.asOf);
            if (calidad == CalidadMigratoria.MIGRANTE_ANDINO || andean.codes().contains(nationality)) {
                t.use(andean);
                return Group.ANDEAN;
            }
            if (mercosur == null) mercosur = t.book.value("dl689.mercosur_countries", t.asOf);
            if (calidad == CalidadMigratoria.MERCOSUR || mercosur.codes().contains(nationality)) {
                t.use(mercosur);
                return Group.MERCOSUR;
            }
            if ("ESP".equals(nationality)) return Group.SPAIN;
            return null;
        }

        private static int rank(ParameterValue v) {
            return ("3".equals(v.map().get("article")) ? 2 : 0) + (v.confirmed() ? 1 : 0);
        }
    }
}
