package org.puente.rules;

/** Whether something is allowed; {@link #DEPENDS} comes with what it depends on. */
public enum Permission {
    ALLOWED, NOT_ALLOWED, DEPENDS
}
