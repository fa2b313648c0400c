package org.puente.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit entries of searches (which list people but open no record), appended off the request
 * path: every 100 ms the queued entries are chained in one transaction. A search answers without
 * waiting for the audit chain's lock; opening a record is still audited in its own transaction.
 * On a hard kill the entries of the last 100 ms of searches can be lost (decision 0004).
 */
@Component
class SearchAuditQueue {

    private static final Logger log = LoggerFactory.getLogger(SearchAuditQueue.class);
    private static final int MAX_BATCH = 5_000;

    private final ConcurrentLinkedQueue<AuditEvent> queue = new ConcurrentLinkedQueue<>();
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    SearchAuditQueue(AuditLog audit, TransactionTemplate transactions) {
        this.audit = audit;
        this.transactions = transactions;
    }

    void add(AuditEvent event) {
        queue.add(event);
    }

    @Scheduled(fixedDelayString = "${puente.audit.search-flush:100ms}")
    @PreDestroy
    synchronized void flush() {
        while (!queue.isEmpty()) {
            List<AuditEvent> batch = new ArrayList<>();
            for (AuditEvent e = queue.peek(); e != null && batch.size() < MAX_BATCH; e = queue.peek()) {
                batch.add(e);
                queue.poll();
            }
            try {
                transactions.executeWithoutResult(tx -> audit.recordAll(batch));
            } catch (RuntimeException e) {
                // Keep them for the next round: the database may be restarting.
                batch.reversed().forEach(event -> queue.add(event));
                log.warn("search audit entries kept for later: {}", e.getClass().getSimpleName());
                return;
            }
        }
    }
}
