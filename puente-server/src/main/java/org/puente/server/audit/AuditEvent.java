package org.puente.server.audit;

import java.util.UUID;

import org.puente.server.access.Staff;

/** An entry to append: who, what, about whom, why. */
public record AuditEvent(Staff actor, AuditAction action, UUID personId, String purpose, String detail) {
}
