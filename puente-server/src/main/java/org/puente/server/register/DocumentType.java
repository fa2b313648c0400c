package org.puente.server.register;

/**
 * Identity documents held by foreigners in Peru (fact sheet §1.2). Number formats per type
 * live in {@link DocumentFormats}, not here, because they are unconfirmed and will change.
 */
public enum DocumentType {
    /** Carné de Extranjería, issued by Migraciones to residents. */
    CE,
    /** Carné de Extranjería of a recognised refugee. */
    CE_REFUGEE,
    /** Carné de Permiso Temporal de Permanencia (DS 010-2020-IN, DS 003-2023-IN). */
    CPP,
    /** Permiso Temporal de Permanencia, Venezuelans only (DS 001-2018-IN). */
    PTP,
    /** Carné de solicitante de refugio (RREE / CEPR). */
    ASYLUM_SEEKER_CARD,
    PASSPORT,
    /** National identity card of Venezuela, Colombia, Ecuador or Bolivia. */
    FOREIGN_ID_CARD;

    public String messageKey() {
        return "document.type." + name();
    }
}
