package org.puente.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs to know about the page being drawn (templates call it as
 * {@code @page}): where the language switch should return to, and dates in the user's
 * language and Lima's time zone.
 */
@Component("page")
public class CurrentPage {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final DateTimeFormatter SPANISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SPANISH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The path and query of this page (the original one on an error page), to come back to. */
    public String back() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri != null) {
            return errorUri.toString().substring(request.getContextPath().length());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // A switch after a POST would repeat nothing: GET the page instead.
        if (!"GET".equals(request.getMethod()) || request.getQueryString() == null) {
            return path;
        }
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString()).build().toUriString();
    }

    /** Whether the page being drawn is under the given path, for marking the current menu item. */
    public boolean under(String path) {
        String here = back();
        return here.equals(path) || here.startsWith(path + "/") || here.startsWith(path + "?");
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(english() ? ENGLISH_DATE : SPANISH_DATE);
    }

    public String time(Instant instant) {
        return instant == null ? "" : instant.atZone(LIMA).format(english() ? ENGLISH_TIME : SPANISH_TIME);
    }

    private static boolean english() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage());
    }
}
