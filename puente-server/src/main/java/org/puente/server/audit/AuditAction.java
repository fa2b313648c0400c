package org.puente.server.audit;

/** What was done to (or seen of) a person's record. */
public enum AuditAction {
    PERSON_VIEWED,
    PERSON_SEARCHED,
    PERSON_REGISTERED,
    PERSON_CORRECTED,
    PERSON_IMPORTED,
    DOCUMENT_ADDED,
    DOCUMENT_EXTENDED,
    DOCUMENT_REVOKED,
    STATUS_RECORDED,
    PERSON_MERGED,
    PERSON_UNMERGED,
    DUPLICATE_DECIDED,
    AUDIT_SEARCHED
}
