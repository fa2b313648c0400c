package org.puente.server.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One period of a person's migration status, with the norm it rests on. */
public record MigrationStatus(UUID id, UUID personId, CalidadMigratoria category, LocalDate validFrom,
                              LocalDate validTo, String legalBasis, String actor, Instant recordedAt) {
}
