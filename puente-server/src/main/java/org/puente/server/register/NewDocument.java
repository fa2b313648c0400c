package org.puente.server.register;

import java.time.LocalDate;

/** A document to record. */
public record NewDocument(DocumentType type, String number, String issuingCountry, LocalDate issuedOn,
                          LocalDate expiresOn, boolean workAuthorised) {
}
