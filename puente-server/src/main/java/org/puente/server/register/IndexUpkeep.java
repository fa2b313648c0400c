package org.puente.server.register;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the serving instance's in-memory indexes (name search, verification) filled: loads them
 * before the instance reports itself ready, then polls every second for what other processes
 * committed and reconciles every minute. Command-line tasks (no web server) never load them.
 */
@Component
@ConditionalOnWebApplication
class IndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(IndexUpkeep.class);

    private final List<PolledIndex> indexes;

    IndexUpkeep(NameIndex names, VerifiableIndex verifiable) {
        this.indexes = List.of(names, verifiable);
    }

    /**
     * {@link ApplicationReadyEvent} listeners run before Spring Boot switches readiness to
     * ACCEPTING_TRAFFIC, so a load balancer sends no traffic until the indexes can answer.
     * Requests that arrive anyway get a 503 for name searches; verification reads the database.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadBeforeReady() {
        for (PolledIndex index : indexes) {
            try {
                index.loadIfAbsent();
            } catch (RuntimeException e) {
                log.warn("{} index not loaded, retrying in the background ({})", index.label(),
                        e.getClass().getSimpleName());
            }
        }
    }

    @Scheduled(fixedDelayString = "${puente.index.catch-up:1s}")
    void catchUp() {
        for (PolledIndex index : indexes) {
            try {
                if (index.ready()) {
                    index.catchUp();
                } else {
                    index.loadIfAbsent();
                }
            } catch (RuntimeException e) {
                log.warn("{} index catch-up failed: {}", index.label(), e.getClass().getSimpleName());
            }
        }
    }

    @Scheduled(fixedDelayString = "${puente.index.reconcile:60s}", initialDelayString = "${puente.index.reconcile:60s}")
    void reconcile() {
        for (PolledIndex index : indexes) {
            try {
                if (index.ready()) {
                    index.reconcile();
                }
            } catch (RuntimeException e) {
                log.warn("{} index reconciliation failed: {}", index.label(), e.getClass().getSimpleName());
            }
        }
    }
}
