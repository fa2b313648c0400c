package org.puente.server.register;

import java.time.LocalDate;

/** A migration status to record. */
public record NewStatus(CalidadMigratoria category, LocalDate validFrom, LocalDate validTo, String legalBasis) {
}
