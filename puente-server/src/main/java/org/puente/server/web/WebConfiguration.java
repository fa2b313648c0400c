package org.puente.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/** Time zone, language choice and the clock every module reads "today" from. */
@Configuration
class WebConfiguration {

    static final Locale SPANISH = Locale.of("es", "PE");
    static final List<Locale> SUPPORTED = List.of(Locale.of("es"), Locale.of("en"));
    static final String LANGUAGE_COOKIE = "puente-lang";

    /** Peru's clock: "today" for expiry dates is Lima's today. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("America/Lima"));
    }

    /**
     * Pages speak Spanish unless the user chose English (a cookie); the API answers in the
     * caller's {@code Accept-Language}, Spanish by default.
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getCookies() != null) {
                    for (var cookie : request.getCookies()) {
                        if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                            return "en".equals(cookie.getValue()) ? Locale.ENGLISH : SPANISH;
                        }
                    }
                }
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        && request.getHeader("Accept-Language") != null) {
                    try {
                        Locale best = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")),
                                SUPPORTED);
                        return best != null && best.getLanguage().equals("en") ? Locale.ENGLISH : SPANISH;
                    } catch (IllegalArgumentException malformed) {
                        return SPANISH;
                    }
                }
                return SPANISH;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                String value = locale != null && locale.getLanguage().equals("en") ? "en" : "es";
                response.addHeader("Set-Cookie", ResponseCookie.from(LANGUAGE_COOKIE, value).path("/")
                        .maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).build().toString());
            }
        };
    }
}
