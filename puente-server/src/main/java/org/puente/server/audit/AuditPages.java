package org.puente.server.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.InvalidInput;
import org.puente.server.web.FormDates;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for auditors: who saw or changed which record, when and why, newest first,
 * and a check that no link of the hash chain was altered or removed.
 */
@Controller
@StaffPage
@PreAuthorize("hasAuthority('" + Permissions.AUDIT_READ + "')")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final MessageSource messages;

    AuditPages(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String search(@RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String user,
                  @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                  @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("person", person);
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("entries", List.of());
        model.addAttribute("hasNext", false);
        try {
            var problems = new InvalidInput.Collector();
            UUID personId = uuid(person, problems);
            LocalDate fromDate = FormDates.parse(from, "from", problems);
            LocalDate toDate = FormDates.parse(to, "to", problems);
            if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
                problems.add("to", "validation.date.beforeStart");
            }
            problems.throwIfAny();
            List<AuditEntry> found = audit.searchAs(new AuditLog.AuditQuery(personId, user.isBlank() ? null : user,
                    fromDate, toDate, Math.max(page, 0), PAGE_SIZE), CurrentStaff.get());
            model.addAttribute("entries", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
            model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        } catch (InvalidInput e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        }
        return "audit/audit";
    }

    @GetMapping("/audit/verify")
    String verify(Model model, Locale locale) {
        model.addAttribute("chain", audit.verify());
        return search("", "", "", "", 0, model, locale);
    }

    private static UUID uuid(String value, InvalidInput.Collector problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add("person", "pages.audit.person.invalid");
            return null;
        }
    }

}
