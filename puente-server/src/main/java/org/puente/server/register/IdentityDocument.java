package org.puente.server.register;

import java.time.LocalDate;
import java.util.UUID;

/** An identity document of a registered person, as it stands now. */
public record IdentityDocument(UUID id, UUID personId, DocumentType type, String number, String issuingCountry,
                               LocalDate issuedOn, LocalDate expiresOn, DocumentStatus status, String statusReason,
                               boolean workAuthorised, long version) {

    /** The status on a given day: an active or extended document past its expiry date is expired. */
    public DocumentStatus statusOn(LocalDate day) {
        boolean current = status == DocumentStatus.ACTIVE || status == DocumentStatus.EXTENDED;
        return current && expiresOn != null && expiresOn.isBefore(day) ? DocumentStatus.EXPIRED : status;
    }
}
