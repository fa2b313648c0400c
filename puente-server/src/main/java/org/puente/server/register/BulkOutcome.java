package org.puente.server.register;

import java.util.List;

import org.puente.server.common.FieldProblem;

/**
 * What one bulk batch did: rows added, rows skipped because their record id was already in the
 * register, and rows refused with their problems (fields named as in {@link RegisterRules}).
 */
record BulkOutcome(int imported, int skipped, List<Rejection> rejected) {

    BulkOutcome {
        rejected = List.copyOf(rejected);
    }

    record Rejection(long line, String recordId, List<FieldProblem> problems) {

        Rejection {
            problems = List.copyOf(problems);
        }
    }
}
