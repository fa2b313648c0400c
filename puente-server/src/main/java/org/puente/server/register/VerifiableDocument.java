package org.puente.server.register;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a verification may learn of a document found by type and number: its state, validity,
 * the holder's birth date (to compare, never to show) and initials, and the facts the rights
 * depend on. No name, contact or history: the verification service cannot leak what it never gets.
 * {@code nationality} and {@code calidad} feed the rules only and never leave in an answer.
 */
public record VerifiableDocument(UUID documentId, DocumentType type, String number, DocumentStatus status,
                                 LocalDate issuedOn, LocalDate expiresOn, LocalDate holderBirthDate,
                                 String holderInitials, String nationality, CalidadMigratoria calidad,
                                 boolean workAuthorised) {
}
