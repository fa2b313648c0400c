package org.puente.rules;

/**
 * Migratory status ("calidad migratoria") under DL 1350 art. 29, with the server's codes. Temporal
 * statuses (Turismo, Negocios, Trabajador and Designado Temporal) allow a stay without residence;
 * the others are residence statuses.
 */
public enum CalidadMigratoria {
    TURISMO, NEGOCIOS, TRABAJADOR_TEMPORAL, DESIGNADO_TEMPORAL, TRABAJADOR_RESIDENTE, DESIGNADO_RESIDENTE,
    FAMILIAR_DE_RESIDENTE, INVERSIONISTA, PERMANENTE, HUMANITARIA, ESPECIAL_RESIDENTE, MERCOSUR, MIGRANTE_ANDINO,
    REFUGIADO, SOLICITANTE_DE_REFUGIO, PERMISO_TEMPORAL_DE_PERMANENCIA, OTHER
}
