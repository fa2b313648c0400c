package org.puente.server.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: remembers the choice and returns to the page the user was on. */
@Controller
class LanguageController {

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @GetMapping("/lang")
    String choose(@RequestParam String to, @RequestParam(defaultValue = "/") String back,
                  HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, "en".equals(to) ? Locale.ENGLISH : WebConfiguration.SPANISH);
        // Only paths on this site, so the switch cannot be used to send users elsewhere.
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/");
    }
}
