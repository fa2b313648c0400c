package org.puente.server.register;

/**
 * Migration status ("calidad migratoria", DL 1350 art. 29 and DS 007-2017-IN; fact sheet §2.1).
 * The list of art. 29 sub-categories is incomplete (unconfirmed): OTHER keeps room for the rest.
 */
public enum CalidadMigratoria {
    TURISMO, NEGOCIOS, TRABAJADOR_TEMPORAL, DESIGNADO_TEMPORAL,
    TRABAJADOR_RESIDENTE, DESIGNADO_RESIDENTE, FAMILIAR_DE_RESIDENTE, INVERSIONISTA, PERMANENTE,
    HUMANITARIA, ESPECIAL_RESIDENTE, MERCOSUR, MIGRANTE_ANDINO, REFUGIADO, SOLICITANTE_DE_REFUGIO,
    PERMISO_TEMPORAL_DE_PERMANENCIA, OTHER;

    public String messageKey() {
        return "status.category." + name();
    }
}
