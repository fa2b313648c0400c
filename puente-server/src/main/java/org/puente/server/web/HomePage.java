package org.puente.server.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: staff go to the first page their permissions open; everyone else sees the public
 * questions (rights, hiring limit, return law) and the way to sign in.
 */
@Controller
@StaffPage
class HomePage {

    @GetMapping("/")
    String home() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return "home";
        }
        Set<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (granted.contains("person:read")) {
            return "redirect:/people";
        }
        if (granted.contains("audit:read")) {
            return "redirect:/audit";
        }
        if (granted.contains("user:admin")) {
            return "redirect:/admin/users";
        }
        if (granted.contains("statistics:read")) {
            return "redirect:/analysis/hiring-limit";
        }
        return "home";
    }
}
