package org.puente.server.register;

/** Sex as recorded on identity documents. */
public enum Sex {
    F, M
}
