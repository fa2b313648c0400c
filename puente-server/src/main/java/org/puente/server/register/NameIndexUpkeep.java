package org.puente.server.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the serving instance's {@link NameIndex} filled: loads it in the background once the
 * server is up (search uses the database meanwhile), then polls every two seconds for what other
 * processes committed.
 */
@Component
@ConditionalOnWebApplication
class NameIndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(NameIndexUpkeep.class);

    private final NameIndex index;

    NameIndexUpkeep(NameIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread.ofVirtual().name("name-index-load").start(() -> {
            try {
                index.load();
            } catch (RuntimeException e) {
                log.warn("search index not loaded; searching the database instead ({})", e.getClass().getSimpleName());
            }
        });
    }

    @Scheduled(fixedDelayString = "${puente.search.catch-up:2s}")
    void catchUp() {
        if (!index.ready()) {
            return;
        }
        try {
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
