package org.puente.server.audit;

import java.time.Instant;
import java.util.UUID;

/** One link of the audit chain. {@code hash} covers every other field and the previous hash. */
public record AuditEntry(long seq, Instant at, String actor, String actorRole, String agency, AuditAction action,
                         UUID personId, String purpose, String detail, String prevHash, String hash) {
}
