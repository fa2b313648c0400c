package org.puente.server.employment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.puente.rules.Decisions;
import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.InvalidInput;
import org.puente.server.rights.RuleDecisions;
import org.springframework.stereotype.Component;

/**
 * The small-firm simulator: evaluates every firm under each scenario through the rules' own
 * hiring-limit decision (parameters set per scenario, never a copy of the formula) and counts, by
 * size class, the firms over the limit today, the firms that cannot hire even one more foreign
 * worker at their average pay ("constrained"), and how many more foreign workers all firms could
 * hire. A firm's room is found by adding hypothetical foreign workers at its average pay until the
 * rules refuse (exponential then binary search: compliance only falls as foreign workers are added).
 */
@Component
class Simulator {

    /**
     * One rule variant: the rules for micro and small firms and for the others (the same except in a
     * scenario that treats small firms differently), and the minimum it allows, for the search bound.
     */
    record Scenario(String key, String label, Decisions smallFirms, Decisions otherFirms, int minimum) {

        Decisions rulesFor(SizeClass size) {
            return size == SizeClass.MICRO || size == SizeClass.SMALL ? smallFirms : otherFirms;
        }

        String ruleSet() {
            return smallFirms.ruleBook().version().version();
        }
    }

    /** A scenario as a result names it: key, label and the version of the rules evaluated. */
    record Column(String key, String label, String ruleSet) implements Serializable {
    }

    /** What one scenario does to one size class. */
    record Cell(int firms, int overLimitNow, int constrained, long additional) implements Serializable {

        public double constrainedShare() {
            return firms == 0 ? 0 : (double) constrained / firms;
        }
    }

    /** A size class (or, with {@code size} null, all firms) under every scenario, in scenario order. */
    record Row(SizeClass size, int firms, long workers, long foreignWorkers, List<Cell> cells) implements Serializable {
    }

    /** Kept in the analyst's session for the CSV download, so it holds only serializable values. */
    record Result(UUID id, Instant at, java.time.LocalDate asOf, String source, List<Column> scenarios, List<Row> rows)
            implements Serializable {

        public Row total() {
            return rows.getLast();
        }
    }

    private final RuleDecisions rules;

    Simulator(RuleDecisions rules) {
        this.rules = rules;
    }

    /** The law as it stands. */
    Scenario current(String label) {
        Decisions law = rules.law();
        return new Scenario("current", label, law, law, 0);
    }

    /** Other shares of headcount and payroll, for every firm. */
    Scenario shares(String label, BigDecimal headcountShare, BigDecimal payrollShare) {
        Decisions d = rules.scenario("shares", Map.of("dl689.headcount_share", headcountShare,
                "dl689.payroll_share", payrollShare));
        return new Scenario("shares", label, d, d, 0);
    }

    /** Micro and small firms may have {@code minimum} counted foreign workers whatever the shares. */
    Scenario minimumForSmallFirms(String label, int minimum) {
        Decisions small = rules.scenario("minimum", Map.of(HiringLimit.MINIMUM_FOREIGN_WORKERS, minimum));
        return new Scenario("minimum", label, small, rules.law(), minimum);
    }

    /** Only the payroll limit applies (the headcount share is set to 1). */
    Scenario payrollOnly(String label, BigDecimal payrollShare) {
        Decisions d = rules.scenario("payroll-only", Map.of("dl689.headcount_share", BigDecimal.ONE,
                "dl689.payroll_share", payrollShare));
        return new Scenario("payroll-only", label, d, d, 0);
    }

    Result run(String source, List<Firm> firms, List<Scenario> scenarios, java.time.LocalDate asOf, Instant at) {
        int n = scenarios.size();
        Map<SizeClass, int[]> firmsBy = new EnumMap<>(SizeClass.class);
        Map<SizeClass, long[]> workersBy = new EnumMap<>(SizeClass.class);
        Map<SizeClass, long[][]> cells = new EnumMap<>(SizeClass.class); // [scenario][over, constrained, additional]
        for (SizeClass c : SizeClass.values()) {
            firmsBy.put(c, new int[1]);
            workersBy.put(c, new long[2]);
            cells.put(c, new long[n][3]);
        }
        for (Firm firm : firms) {
            firmsBy.get(firm.size())[0]++;
            workersBy.get(firm.size())[0] += firm.headcount();
            workersBy.get(firm.size())[1] += firm.foreignWorkers();
            for (int s = 0; s < n; s++) {
                long room = room(firm, scenarios.get(s), asOf);
                long[] cell = cells.get(firm.size())[s];
                if (room < 0) {
                    cell[0]++;
                }
                if (room <= 0) {
                    cell[1]++;
                }
                cell[2] += Math.max(room, 0);
            }
        }
        List<Row> rows = new ArrayList<>();
        long[][] total = new long[n][3];
        int totalFirms = 0;
        long totalWorkers = 0, totalForeign = 0;
        for (SizeClass c : SizeClass.values()) {
            List<Cell> row = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                long[] cell = cells.get(c)[s];
                row.add(new Cell(firmsBy.get(c)[0], (int) cell[0], (int) cell[1], cell[2]));
                for (int k = 0; k < 3; k++) {
                    total[s][k] += cell[k];
                }
            }
            rows.add(new Row(c, firmsBy.get(c)[0], workersBy.get(c)[0], workersBy.get(c)[1], row));
            totalFirms += firmsBy.get(c)[0];
            totalWorkers += workersBy.get(c)[0];
            totalForeign += workersBy.get(c)[1];
        }
        List<Cell> all = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            all.add(new Cell(totalFirms, (int) total[s][0], (int) total[s][1], total[s][2]));
        }
        rows.add(new Row(null, totalFirms, totalWorkers, totalForeign, all));
        return new Result(UUID.randomUUID(), at, asOf, source,
                scenarios.stream().map(c -> new Column(c.key(), c.label(), c.ruleSet())).toList(), List.copyOf(rows));
    }

    /**
     * How many more foreign workers, each paid the firm's average, the firm could hire under the
     * scenario and still comply; -1 when it does not comply today. The rules' own margin gives the
     * first guess (exact under the shares alone), which two evaluations confirm; otherwise (a
     * scenario's minimum) the room is searched.
     */
    long room(Firm firm, Scenario scenario, java.time.LocalDate asOf) {
        Decisions d = scenario.rulesFor(firm.size());
        BigDecimal pay = firm.averagePay().signum() > 0 ? firm.averagePay() : BigDecimal.valueOf(1130);
        var newcomer = new HiringLimit.Worker("XXX", DocumentType.CE, null, pay, List.of());
        HiringLimit.Answer today = answer(firm, d, newcomer, 0, asOf);
        if (!today.compliant()) {
            return -1;
        }
        // Far beyond any limit: the headcount share is at most 1, and a payroll share below 1 bounds the rest.
        int cap = 2 * firm.headcount() + scenario.minimum() + 10;
        long byPay = today.margin().foreignMonthlyPay().divide(pay, 0, java.math.RoundingMode.FLOOR).longValue();
        int guess = (int) Math.max(0, Math.min(Math.min(today.margin().foreignWorkers(), byPay), cap));
        if (complies(firm, d, newcomer, guess, asOf) && (guess == cap || !complies(firm, d, newcomer, guess + 1, asOf))) {
            return guess;
        }
        int ok = 0;
        int step = 1;
        while (ok + step <= cap && complies(firm, d, newcomer, ok + step, asOf)) {
            ok += step;
            step *= 2;
        }
        int bad = Math.min(ok + step, cap + 1);
        while (bad - ok > 1) {
            int mid = (ok + bad) >>> 1;
            if (complies(firm, d, newcomer, mid, asOf)) {
                ok = mid;
            } else {
                bad = mid;
            }
        }
        return ok;
    }

    private boolean complies(Firm firm, Decisions d, HiringLimit.Worker newcomer, int more, java.time.LocalDate asOf) {
        return answer(firm, d, newcomer, more, asOf).compliant();
    }

    private HiringLimit.Answer answer(Firm firm, Decisions d, HiringLimit.Worker newcomer, int more,
                                      java.time.LocalDate asOf) {
        List<HiringLimit.Worker> workers = firm.workers();
        List<HiringLimit.Worker> withNewcomers = more == 0 ? workers : new AbstractList<>() {
            @Override
            public HiringLimit.Worker get(int i) {
                return i < workers.size() ? workers.get(i) : newcomer;
            }

            @Override
            public int size() {
                return workers.size() + more;
            }
        };
        try {
            return rules.hiringLimit(new HiringLimit.Facts(asOf, withNewcomers), d).answer();
        } catch (InvalidInput e) {
            List<FieldProblem> problems = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                problems.add(FieldProblem.of("file", "employment.firms.invalid", firm.id(), p.field(),
                        p.args().isEmpty() ? "" : p.args().get(0), p.args().size() < 2 ? "" : p.args().get(1)));
            }
            throw new InvalidInput(problems);
        }
    }
}
