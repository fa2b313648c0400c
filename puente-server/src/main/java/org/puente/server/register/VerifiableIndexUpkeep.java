package org.puente.server.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the serving instance's {@link VerifiableIndex} filled: loads it before the instance
 * reports itself ready, then reads every second what other processes committed.
 */
@Component
@ConditionalOnWebApplication
class VerifiableIndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(VerifiableIndexUpkeep.class);

    private final VerifiableIndex index;

    VerifiableIndexUpkeep(VerifiableIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadBeforeReady() {
        try {
            index.loadIfAbsent();
        } catch (RuntimeException e) {
            log.warn("verification index not loaded, retrying in the background ({})", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "${puente.verification.catch-up:1s}")
    void catchUp() {
        try {
            if (!index.ready()) {
                index.loadIfAbsent();
                return;
            }
            index.catchUp();
        } catch (RuntimeException e) {
            log.warn("verification index catch-up failed: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "${puente.verification.reconcile:60s}",
            initialDelayString = "${puente.verification.reconcile:60s}")
    void reconcile() {
        try {
            index.reconcile();
        } catch (RuntimeException e) {
            log.warn("verification index reconciliation failed: {}", e.getClass().getSimpleName());
        }
    }
}
