package org.puente.server.register;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the serving instance's {@link RegisterLinkage} index current: built in the background as
 * the server starts (intake says "not checked" until then, and registration goes on), then
 * fed what other processes registered, and rebuilt every night so corrections, added documents,
 * merges and decisions reach it. Builds run on their own thread, never on the scheduler's.
 */
@Component
@ConditionalOnWebApplication
class RegisterLinkageUpkeep {

    private static final Logger log = LoggerFactory.getLogger(RegisterLinkageUpkeep.class);

    private final RegisterLinkage linkage;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("linkage-index").daemon(true).factory());
    private final AtomicBoolean busy = new AtomicBoolean();

    RegisterLinkageUpkeep(RegisterLinkage linkage) {
        this.linkage = linkage;
    }

    /**
     * A register of up to {@value #BUILD_BEFORE_READY} people is indexed before the instance
     * reports itself ready (a few seconds), so intake is checked from the first request; a larger
     * one is indexed in the background (about a minute per million people) while intake answers
     * "not checked".
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildAfterStart() {
        if (linkage.registered() <= BUILD_BEFORE_READY) {
            try {
                linkage.rebuild();
                return;
            } catch (RuntimeException e) {
                log.warn("linkage index not built, retrying in the background ({})", e.getClass().getSimpleName());
            }
        }
        run("build", linkage::rebuild);
    }

    static final int BUILD_BEFORE_READY = 100_000;

    @Scheduled(fixedDelayString = "${puente.linkage.catch-up:5s}", initialDelayString = "${puente.linkage.catch-up:5s}")
    void catchUp() {
        run("catch-up", linkage::catchUp);
    }

    @Scheduled(cron = "${puente.linkage.rebuild:0 30 3 * * *}")
    void rebuildNightly() {
        run("rebuild", linkage::rebuild);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** One task at a time; a task due while another runs is skipped (the next one comes soon). */
    private void run(String what, Runnable task) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("linkage index {} failed: {}", what, e.getClass().getSimpleName());
            } finally {
                busy.set(false);
            }
        });
    }
}
