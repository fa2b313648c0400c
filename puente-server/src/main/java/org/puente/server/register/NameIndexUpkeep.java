package org.puente.server.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the serving instance's {@link NameIndex} filled: loads it as the server starts, then
 * polls every two seconds for what other processes committed.
 */
@Component
@ConditionalOnWebApplication
class NameIndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(NameIndexUpkeep.class);

    private final NameIndex index;

    NameIndexUpkeep(NameIndex index) {
        this.index = index;
    }

    /**
     * Loads the index before the instance reports itself ready: {@link ApplicationReadyEvent}
     * listeners run before Spring Boot switches readiness to ACCEPTING_TRAFFIC, so a load
     * balancer sends no traffic until name search can answer. Requests that arrive anyway get a
     * 503 with Retry-After for name searches only.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadBeforeReady() {
        try {
            index.load();
        } catch (RuntimeException e) {
            log.warn("search index not loaded, retrying in the background ({})", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "${puente.search.catch-up:2s}")
    void catchUp() {
        try {
            if (!index.ready()) {
                index.load();
                return;
            }
            index.catchUp();
        } catch (RuntimeException e) {
            log.warn("search index catch-up failed: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "${puente.search.reconcile:60s}", initialDelayString = "${puente.search.reconcile:60s}")
    void reconcile() {
        if (!index.ready()) {
            return;
        }
        try {
            index.reconcile();
        } catch (RuntimeException e) {
            log.warn("search index reconciliation failed: {}", e.getClass().getSimpleName());
        }
    }
}
