package org.puente.server.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.puente.rules.DocumentType;
import org.puente.rules.HiringLimit;

/**
 * A synthetic population of firms for the simulator, reproducible from its seed. Each firm's class
 * is drawn from the given shares; its headcount uniformly within the class's band; each worker's pay
 * around S/ 1,800 (log-normal, at least the 2025 minimum wage of S/ 1,130); one firm in four employs
 * foreigners, and in those each worker is foreign with the given probability (one at least), some
 * of them with an art. 6 exoneration. Foreign workers hold a CE or a CPP, nationalities drawn from
 * the largest foreign groups in Peru (Venezuela first).
 */
final class SyntheticFirms {

    static final int MAX_FIRMS = 20_000;
    private static final BigDecimal MINIMUM_WAGE = BigDecimal.valueOf(1130);
    private static final double FIRMS_WITH_FOREIGNERS = 0.25;
    private static final String[] NATIONALITIES = {"VEN", "VEN", "VEN", "VEN", "COL", "CHN", "USA", "ESP", "ARG", "BOL"};

    /**
     * @param shares           share of firms per size class (need not add up to 1: they are weights)
     * @param foreignShare     in a firm that employs foreigners, the chance that a worker is foreign
     * @param exoneratedShare  the chance that a foreign worker has an art. 6 exoneration
     */
    record Parameters(int firms, Map<SizeClass, Double> shares, double foreignShare, double exoneratedShare, long seed) {
    }

    private SyntheticFirms() {
    }

    static List<Firm> generate(Parameters p, RandomGenerator random) {
        double total = p.shares().values().stream().mapToDouble(Double::doubleValue).sum();
        List<Firm> firms = new ArrayList<>(p.firms());
        for (int i = 0; i < p.firms(); i++) {
            SizeClass size = draw(p.shares(), total, random);
            int headcount = random.nextInt(size.fewest(), size.most() + 1);
            boolean employsForeigners = random.nextDouble() < FIRMS_WITH_FOREIGNERS;
            List<HiringLimit.Worker> workers = new ArrayList<>(headcount);
            int foreign = 0;
            for (int w = 0; w < headcount; w++) {
                boolean isForeign = employsForeigners && (random.nextDouble() < p.foreignShare()
                        || (w == headcount - 1 && foreign == 0));
                BigDecimal pay = pay(random);
                if (isForeign) {
                    foreign++;
                    String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
                    DocumentType document = "VEN".equals(nationality) && random.nextBoolean() ? DocumentType.CPP
                            : DocumentType.CE;
                    workers.add(new HiringLimit.Worker(nationality, document, null, pay,
                            random.nextDouble() < p.exoneratedShare() ? List.of("SPECIALIST") : List.of()));
                } else {
                    workers.add(new HiringLimit.Worker("PER", null, null, pay, List.of()));
                }
            }
            firms.add(new Firm("S" + (i + 1), size, workers));
        }
        return firms;
    }

    private static SizeClass draw(Map<SizeClass, Double> shares, double total, RandomGenerator random) {
        double x = random.nextDouble() * total;
        for (SizeClass c : SizeClass.values()) {
            x -= shares.getOrDefault(c, 0.0);
            if (x < 0) {
                return c;
            }
        }
        return SizeClass.MICRO;
    }

    private static BigDecimal pay(RandomGenerator random) {
        double pay = 1800 * Math.exp(0.45 * random.nextGaussian());
        return BigDecimal.valueOf(pay).setScale(2, RoundingMode.HALF_EVEN).max(MINIMUM_WAGE);
    }
}
