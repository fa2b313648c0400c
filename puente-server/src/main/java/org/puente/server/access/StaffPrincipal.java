package org.puente.server.access;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in staff member as Spring Security holds it, with role and agency. */
public class StaffPrincipal extends User {

    private final Staff staff;
    private final String displayName;

    StaffPrincipal(StaffAccount account, Collection<? extends GrantedAuthority> authorities, boolean locked) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked, authorities);
        this.staff = new Staff(account.username(), account.role(), account.agencyCode());
        this.displayName = account.displayName();
    }

    public Staff staff() {
        return staff;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
