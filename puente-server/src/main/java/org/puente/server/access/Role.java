package org.puente.server.access;

import java.util.Set;

/**
 * Staff roles. Each grants a fixed set of permissions; some permissions also need the staff
 * member's agency to hold the matching authority (see {@link Permissions#of}).
 */
public enum Role {
    REGISTRAR(Set.of(Permissions.PERSON_READ, Permissions.PERSON_WRITE)),
    ASYLUM_OFFICER(Set.of(Permissions.PERSON_READ)),
    COMPLAINTS_OFFICER(Set.of()),
    LABOUR_INSPECTOR(Set.of()),
    // Analysts see statistics only, never a personal record.
    ANALYST(Set.of(Permissions.STATISTICS_READ)),
    AUDITOR(Set.of(Permissions.AUDIT_READ)),
    ADMINISTRATOR(Set.of(Permissions.USER_ADMIN));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    Set<String> permissions() {
        return permissions;
    }

    public String messageKey() {
        return "role." + name();
    }
}
