package org.puente.server.register;

/**
 * A document's status. EXPIRED is never stored: it is what an ACTIVE or EXTENDED document
 * becomes once its expiry date has passed (see {@link IdentityDocument#statusOn}).
 */
public enum DocumentStatus {
    ACTIVE, EXPIRED, EXTENDED, REVOKED, REPLACED;

    public String messageKey() {
        return "document.status." + name();
    }
}
