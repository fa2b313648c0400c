package org.puente.rules;

/**
 * Identity and migration documents held by foreigners, with the server's codes. {@link #APTE_P}
 * exists only in this library (the register has no such document yet).
 */
public enum DocumentType {
    /** Carné de Extranjería, issued by Migraciones to residents; its scope depends on the calidad migratoria. */
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
    /** A foreign national identity card (cédula), recognised where treaties say so. */
    FOREIGN_ID_CARD,
    /** Acta de Permiso de Trabajo Extraordinario – Provisional (Res. 165-2018-MIGRACIONES). Library only. */
    APTE_P
}
