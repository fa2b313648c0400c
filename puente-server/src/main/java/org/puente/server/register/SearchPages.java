package org.puente.server.register;

import java.util.Locale;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.InvalidInput;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding people: by document number (exact) or by name (partial, accent- and typo-tolerant),
 * one page at a time. Each search is audited with the purpose the user chose.
 */
@Controller
@StaffPage
class SearchPages {

    static final int PAGE_SIZE = 20;

    private final Register register;
    private final PageOptions options;
    private final MessageSource messages;

    SearchPages(Register register, PageOptions options, MessageSource messages) {
        this.register = register;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/people")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_READ + "')")
    String search(@RequestParam(required = false) String document, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String nationality,
                  @RequestParam(required = false) String birthYear,
                  @RequestParam(required = false) String purpose,
                  @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        String why = FormValues.purpose(purpose);
        model.addAttribute("document", document == null ? "" : document);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("nationality", nationality == null ? "" : nationality);
        model.addAttribute("birthYear", birthYear == null ? "" : birthYear);
        model.addAttribute("purpose", why);
        model.addAttribute("countries", options.countries(locale));
        model.addAttribute("purposes", options.purposes(locale));
        model.addAttribute("errors", FormErrors.none());
        boolean submitted = document != null || name != null;
        if (!submitted) {
            return "register/search";
        }
        try {
            SearchPage result;
            if (document != null && !document.isBlank()) {
                result = register.searchByDocument(document, Math.max(page, 0), PAGE_SIZE, CurrentStaff.get(), why);
            } else if (name != null && !name.isBlank()) {
                result = register.searchByName(new NameQuery(name, RegisterRules.upper(nationality), year(birthYear),
                        Math.max(page, 0), PAGE_SIZE), CurrentStaff.get(), why);
            } else {
                throw new InvalidInput("name", "validation.search.documentOrName");
            }
            model.addAttribute("result", result);
        } catch (InvalidInput e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        } catch (org.puente.server.common.Unavailable e) {
            model.addAttribute("errors", FormErrors.of(new InvalidInput("name", e.code()), messages, locale));
        }
        return "register/search";
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("birthYear", "validation.search.birthYear");
        }
    }
}
