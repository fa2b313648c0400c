package org.puente.server.verification;

import java.util.EnumSet;
import java.util.Set;

/** Why a relying party verifies documents; it decides which rights an answer may carry. */
enum Purpose {
    EMPLOYMENT(EnumSet.of(Right.WORK_EMPLOYEE, Right.WORK_SELF_EMPLOYED)),
    BANKING(EnumSet.of(Right.BANK_ACCOUNT)),
    HEALTH(EnumSet.of(Right.HEALTH_SIS)),
    EDUCATION(EnumSet.of(Right.EDUCATION)),
    PUBLIC_SERVICE(EnumSet.of(Right.PUBLIC_PROCEDURES));

    private final Set<Right> rights;

    Purpose(Set<Right> rights) {
        this.rights = Set.copyOf(rights);
    }

    /** The rights an answer to this purpose may carry, and no others. */
    Set<Right> rights() {
        return rights;
    }

    public String messageKey() {
        return "verification.purpose." + name();
    }
}
