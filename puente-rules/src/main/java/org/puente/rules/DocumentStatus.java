package org.puente.rules;

/** A document's status in the register (the server's codes). */
public enum DocumentStatus {
    ACTIVE, EXPIRED, EXTENDED, REVOKED, REPLACED
}
