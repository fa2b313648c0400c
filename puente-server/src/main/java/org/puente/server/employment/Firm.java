package org.puente.server.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.puente.rules.HiringLimit;

/** One firm of a simulation: its size class and its whole payroll, worker by worker (no names). */
record Firm(String id, SizeClass size, List<HiringLimit.Worker> workers) {

    Firm {
        workers = List.copyOf(workers);
    }

    /**
     * A firm described by totals: {@code headcount} workers paid {@code payroll} a month, of whom the
     * given foreign workers are part; the rest are Peruvians sharing the remaining pay (how it is
     * shared does not change either limit).
     */
    static Firm of(String id, SizeClass size, int headcount, BigDecimal payroll, List<HiringLimit.Worker> foreign) {
        List<HiringLimit.Worker> all = new ArrayList<>(foreign);
        int peruvians = headcount - foreign.size();
        BigDecimal rest = payroll;
        for (HiringLimit.Worker w : foreign) {
            rest = rest.subtract(w.monthlyPay());
        }
        if (peruvians > 0) {
            BigDecimal each = rest.divide(BigDecimal.valueOf(peruvians), 2, RoundingMode.DOWN);
            for (int i = 0; i < peruvians; i++) {
                BigDecimal pay = i == peruvians - 1 ? rest.subtract(each.multiply(BigDecimal.valueOf(peruvians - 1))) : each;
                all.add(new HiringLimit.Worker("PER", null, null, pay, List.of()));
            }
        }
        return new Firm(id, size == null ? SizeClass.of(headcount) : size, all);
    }

    int headcount() {
        return workers.size();
    }

    long foreignWorkers() {
        return workers.stream().filter(w -> !"PER".equals(w.nationality())).count();
    }

    BigDecimal payroll() {
        BigDecimal total = BigDecimal.ZERO;
        for (HiringLimit.Worker w : workers) {
            total = total.add(w.monthlyPay());
        }
        return total;
    }

    /** What a new hire is assumed to earn: the firm's average monthly pay. */
    BigDecimal averagePay() {
        return workers.isEmpty() ? BigDecimal.ZERO
                : payroll().divide(BigDecimal.valueOf(workers.size()), 2, RoundingMode.HALF_EVEN);
    }
}
