package org.puente.server.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two ways in: the JSON API under {@code /api} (HTTP Basic or the browser's session; an
 * anonymous call gets 401 problem+json, never a redirect) and the staff pages (form sign-in,
 * CSRF-protected forms). Public pages need no sign-in; modules open their own pages and
 * read-only API calls to everyone by declaring {@link PublicPaths}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; the prefix keeps room to move to a stronger setting later.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    // Command-line tasks (import, demo, audit-verify) run without a web server and need no filter chains.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales,
                            List<PublicPaths> open) throws Exception {
        RequestMatcher publicApi = anyOf(open.stream().flatMap(p -> p.api().stream()).toList());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(publicApi).permitAll().anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> unauthenticated(req, res, e, messages, locales)))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint((req, res, e) -> unauthenticated(req, res, e, messages, locales))
                        .accessDeniedHandler((req, res, e) ->
                                problem(req, res, HttpStatus.FORBIDDEN, "problem.forbidden", messages, locales)))
                // Scripts send credentials with each call; a browser session still needs the CSRF token.
                // Public calls change nothing and use no one's authority: nothing to forge.
                .csrf(c -> c.ignoringRequestMatchers(publicApi).ignoringRequestMatchers(
                        req -> req.getHeader("Authorization") != null || req.getRequestedSessionId() == null));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pages(HttpSecurity http, List<PublicPaths> open) throws Exception {
        RequestMatcher publicPages = anyOf(open.stream().flatMap(p -> p.pages().stream()).toList());
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/lang", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**", "/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html",
                                // Public verification pages (no sign-in): check a document, a seal, your own history.
                                "/verify", "/v/**", "/.well-known/**", "/my-verifications", "/my-verifications/**",
                                "/dev/mailbox").permitAll()
                        .requestMatchers(publicPages).permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /** Requests matching any of the patterns (none when there are no patterns). */
    private static RequestMatcher anyOf(List<String> patterns) {
        if (patterns.isEmpty()) {
            return request -> false;
        }
        return new OrRequestMatcher(patterns.stream()
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
    }

    /**
     * No valid credentials: 401. But when the accounts could not be read at all (the database is
     * away), the caller's credentials may be fine: 503 with a time to retry.
     */
    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                        org.springframework.security.core.AuthenticationException e,
                                        MessageSource messages, LocaleResolver locales) throws IOException {
        if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                || e.getCause() instanceof org.springframework.dao.DataAccessException) {
            response.setHeader("Retry-After", "5");
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", messages, locales);
        } else {
            problem(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", messages, locales);
        }
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String code, MessageSource messages, LocaleResolver locales) throws IOException {
        var locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage(code + ".detail", null, "", locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Puente\"");
        }
        JSON.writeValue(response.getWriter(), body);
    }
}
