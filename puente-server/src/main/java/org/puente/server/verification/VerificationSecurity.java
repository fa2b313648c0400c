package org.puente.server.verification;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.puente.server.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The verification API's way in: relying parties send {@code Authorization: Bearer <key>}; staff
 * accounts and sessions do not work here, and keys work nowhere else. No session, no cookies, so
 * no CSRF token either. A missing, unknown, expired or revoked key gets 401 problem+json.
 */
@Configuration(proxyBeanMethods = false)
class VerificationSecurity {

    static final String AUTHORITY = "RELYING_PARTY";

    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain verificationApiChain(HttpSecurity http, KeyCache keys, MessageSource messages,
                                        LocaleResolver locales) throws Exception {
        http.securityMatcher("/api/v1/verifications", "/api/v1/verifications/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new BearerKeys(keys, messages, locales), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint((req, res, e) -> unauthorized(req, res, messages, locales))
                        .accessDeniedHandler((req, res, e) -> unauthorized(req, res, messages, locales)));
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
                                     LocaleResolver locales) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Puente\"");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "verification.problem.unauthorized",
                messages, locales.resolveLocale(request));
    }

    /** The keys could not be read (the database is away): 503 with a time to retry, not a 500. */
    private static void unavailable(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
                                    LocaleResolver locales) throws IOException {
        response.setHeader("Retry-After", "5");
        ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", messages,
                locales.resolveLocale(request));
    }

    /** Reads the bearer key and, when it is usable, makes its relying party the caller. */
    static final class BearerKeys extends OncePerRequestFilter {

        private final KeyCache keys;
        private final MessageSource messages;
        private final LocaleResolver locales;

        BearerKeys(KeyCache keys, MessageSource messages, LocaleResolver locales) {
            this.keys = keys;
            this.messages = messages;
            this.locales = locales;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            Optional<RelyingPartyPrincipal> caller = Optional.empty();
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() < 200) {
                try {
                    caller = keys.authenticate(header.substring(7).strip());
                } catch (DataAccessException e) {
                    unavailable(request, response, messages, locales);
                    return;
                }
            }
            if (caller.isPresent()) {
                SecurityContextHolder.setContext(new SecurityContextImpl(new PartyAuthentication(caller.get())));
            }
            chain.doFilter(request, response);
        }
    }

    /** An authenticated relying party. */
    static final class PartyAuthentication extends AbstractAuthenticationToken {

        private final RelyingPartyPrincipal principal;

        PartyAuthentication(RelyingPartyPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public RelyingPartyPrincipal getPrincipal() {
            return principal;
        }

        /**
         * The relying party's id: what the framework's observations and logs read per request,
         * instead of the principal's {@code toString} (its whole record, built anew each time).
         */
        @Override
        public String getName() {
            return principal.party().id().toString();
        }
    }
}
