package org.puente.server.access;

import java.util.List;

/**
 * Addresses a module opens to everyone, without signing in. A module declares its own as a bean;
 * {@link SecurityConfiguration} permits them, so access needs to know no other module's pages.
 *
 * @param pages page patterns (e.g. {@code /rights/**}); their forms still carry a CSRF token
 * @param api   JSON API patterns that change nothing and act with no one's authority, so they also
 *              need no CSRF token (e.g. {@code /api/v1/decisions/**})
 */
public record PublicPaths(List<String> pages, List<String> api) {

    public PublicPaths {
        pages = List.copyOf(pages);
        api = List.copyOf(api);
    }
}
