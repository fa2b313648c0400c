package org.puente.server.verification;

/**
 * The answer to "is this document valid?". NO_MATCH covers both an unknown number and a birth date
 * that does not match: telling them apart would let anyone discover which numbers exist.
 */
enum Outcome {
    VALID, EXPIRED, REVOKED, NO_MATCH;

    public String messageKey() {
        return "verification.outcome." + name();
    }
}
