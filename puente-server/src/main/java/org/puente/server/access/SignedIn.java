package org.puente.server.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member as the layout shows them (templates call it as {@code @signedIn}):
 * name, role, agency, and which menu entries their permissions open. Works on error pages too.
 */
@Component("signedIn")
public class SignedIn {

    private final StaffAccounts accounts;

    SignedIn(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public boolean present() {
        return principal().isPresent();
    }

    public String displayName() {
        return principal().map(StaffPrincipal::displayName).orElse("");
    }

    public String username() {
        return principal().map(p -> p.staff().username()).orElse("");
    }

    /** The message key of the role's name. */
    public String roleKey() {
        return principal().map(p -> p.staff().role().messageKey()).orElse("");
    }

    public String agencyName() {
        return principal().map(p -> accounts.agency(p.staff().agency()).map(Agency::name)
                .orElse(p.staff().agency())).orElse("");
    }

    public boolean can(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return principal().isPresent()
                && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
    }

    private static Optional<StaffPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
