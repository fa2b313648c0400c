package org.puente.server.common;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must only see committed data: in-memory indexes updated from a write. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs the action once the current transaction commits (never if it rolls back), or at once outside one. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
