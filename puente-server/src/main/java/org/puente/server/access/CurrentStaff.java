package org.puente.server.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The staff member behind the current request. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static Staff get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return principal.staff();
        }
        throw new IllegalStateException("no signed-in staff member");
    }
}
