package org.puente.server.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode seeds one relying party per purpose with a fixed, well-known key (listed in the README
 * and printed at start-up). Outside demo mode Puente refuses to start while any demo key is usable.
 */
@Component
class DemoRelyingParties implements InitializingBean {

    record DemoParty(String name, String tenDigits, String sector, Purpose purpose, String key) {
    }

    static final List<DemoParty> PARTIES = List.of(
            new DemoParty("Constructora Demo S.A.C.", "2060000001", "Construcción", Purpose.EMPLOYMENT, "demo-employer-key"),
            new DemoParty("Banco Demo S.A.", "2010000002", "Banca", Purpose.BANKING, "demo-bank-key"),
            new DemoParty("Clínica Demo S.A.C.", "2050000003", "Salud", Purpose.HEALTH, "demo-clinic-key"),
            new DemoParty("Colegio Demo E.I.R.L.", "2040000004", "Educación", Purpose.EDUCATION, "demo-school-key"),
            new DemoParty("Municipalidad Demo", "2013000005", "Sector público", Purpose.PUBLIC_SERVICE,
                    "demo-public-office-key"));

    private static final Logger log = LoggerFactory.getLogger(DemoRelyingParties.class);

    private final RelyingParties parties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean demo;
    private final int demoRate;

    DemoRelyingParties(RelyingParties parties, TransactionTemplate transactions, Clock clock,
                       @Value("${puente.demo:false}") boolean demo,
                       @Value("${puente.verification.demo-rate-per-second:50}") int demoRate) {
        this.parties = parties;
        this.transactions = transactions;
        this.clock = clock;
        this.demo = demo;
        this.demoRate = demoRate;
    }

    @Override
    public void afterPropertiesSet() {
        if (demo) {
            transactions.executeWithoutResult(tx -> seed());
            return;
        }
        List<String> usable = new ArrayList<>();
        for (DemoParty p : PARTIES) {
            parties.byKeyHash(ApiKeys.hash(p.key())).filter(k -> k.usableOn(LocalDate.now(clock)))
                    .ifPresent(k -> usable.add(p.key()));
        }
        if (!usable.isEmpty()) {
            throw new IllegalStateException("Refusing to start outside demo mode: demo API keys are still usable ("
                    + String.join(", ", usable) + "). Revoke them on the relying parties page.");
        }
    }

    private void seed() {
        for (DemoParty p : PARTIES) {
            Ruc ruc = new Ruc(Ruc.complete(p.tenDigits()));
            var existing = parties.byRuc(ruc.value());
            if (existing.isEmpty()) {
                var id = parties.create(p.name(), ruc, p.sector(), p.purpose(), demoRate);
                parties.addKey(id, p.key(), LocalDate.now(clock).plusYears(1), "system:demo");
            } else if (existing.get().ratePerSecond() != demoRate) {
                parties.setRate(existing.get().id(), demoRate);
            }
        }
    }

    @EventListener
    void announce(WebServerInitializedEvent event) {
        if (demo) {
            StringBuilder out = new StringBuilder("Demo relying parties (Authorization: Bearer <key>):\n");
            PARTIES.forEach(p -> out.append(String.format("  %-24s %-15s %s%n", p.key(), p.purpose(), p.name())));
            System.out.println(out);
            log.debug("demo relying parties announced");
        }
    }
}
