package org.puente.server.access;

import java.util.LinkedHashSet;
import java.util.Set;

/** Authorities checked by endpoints ({@code @PreAuthorize("hasAuthority('person:read')")}). */
public final class Permissions {

    public static final String PERSON_READ = "person:read";
    public static final String PERSON_WRITE = "person:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String USER_ADMIN = "user:admin";
    public static final String STATISTICS_READ = "statistics:read";

    private Permissions() {
    }

    /**
     * A role's permissions, narrowed by the agency: only staff of an agency with register
     * authority (the migration authority) may change the register, whatever their role.
     */
    static Set<String> of(Role role, Agency agency) {
        Set<String> granted = new LinkedHashSet<>(role.permissions());
        if (!agency.registerAuthority()) {
            granted.remove(PERSON_WRITE);
        }
        granted.add("ROLE_" + role.name());
        return granted;
    }
}
