package org.puente.server.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.Conflict;
import org.puente.server.common.InvalidInput;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The changes a registrar makes from a person's page: add a document, extend or revoke one,
 * record a migration status. Each form posts, redirects back to the person's page with a
 * notice, or comes back with its messages beside the fields.
 */
@Controller
@StaffPage
@PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
class DocumentPages {

    private static final List<String> DOCUMENT_FIELDS = List.of("type", "number", "issuingCountry", "issuedOn",
            "expiresOn");

    private final Register register;
    private final PageOptions options;
    private final MessageSource messages;

    DocumentPages(Register register, PageOptions options, MessageSource messages) {
        this.register = register;
        this.options = options;
        this.messages = messages;
    }

    /** A status as typed into the form. */
    record StatusForm(String category, String validFrom, String validTo, String legalBasis) {
    }

    @GetMapping("/people/{id}/documents/new")
    String newDocument(@PathVariable UUID id, Model model, Locale locale) {
        return documentForm(model, id, new DocumentForm(), FormErrors.none(), locale);
    }

    @PostMapping("/people/{id}/documents/new")
    String addDocument(@PathVariable UUID id, @ModelAttribute("form") DocumentForm form, Model model, Locale locale,
                       RedirectAttributes flash) {
        try {
            var problems = new InvalidInput.Collector();
            NewDocument draft = form.toDraft("", problems);
            problems.throwIfAny();
            register.addDocument(id, draft, CurrentStaff.get(), FormValues.PURPOSES.getFirst());
            return backToPerson(id, "pages.flash.documentAdded", flash);
        } catch (InvalidInput e) {
            return documentForm(model, id, form,
                    FormErrors.of(e, messages, locale).withoutFieldsOtherThan(DOCUMENT_FIELDS), locale);
        } catch (Conflict e) {
            return documentForm(model, id, form, FormErrors.of(e, messages, locale), locale);
        }
    }

    @GetMapping("/documents/{id}/extend")
    String extension(@PathVariable UUID id, Model model) {
        return extensionForm(model, register.document(id), "", "", FormErrors.none());
    }

    @PostMapping("/documents/{id}/extend")
    String extend(@PathVariable UUID id, @RequestParam(defaultValue = "") String expiresOn,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Long version,
                  Model model, Locale locale, RedirectAttributes flash) {
        IdentityDocument document = register.document(id);
        try {
            var problems = new InvalidInput.Collector();
            LocalDate newExpiry = FormValues.date(expiresOn, "expiresOn", problems);
            problems.throwIfAny();
            register.extendDocument(id, newExpiry, reason, version, CurrentStaff.get(), FormValues.PURPOSES.getFirst());
            return backToPerson(document.personId(), "pages.flash.documentExtended", flash);
        } catch (InvalidInput e) {
            return extensionForm(model, document, expiresOn, reason, FormErrors.of(e, messages, locale));
        } catch (Conflict e) {
            return extensionForm(model, document, expiresOn, reason, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/documents/{id}/revoke")
    String revocation(@PathVariable UUID id, Model model) {
        return revocationForm(model, register.document(id), "", FormErrors.none());
    }

    @PostMapping("/documents/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "false") boolean confirm, @RequestParam(required = false) Long version,
                  Model model, Locale locale, RedirectAttributes flash) {
        IdentityDocument document = register.document(id);
        try {
            if (!confirm) {
                var problems = new InvalidInput.Collector().add("confirm", "pages.revoke.confirm.required");
                if (reason.isBlank()) {
                    problems.add("reason", "validation.required");
                }
                problems.throwIfAny();
            }
            register.revokeDocument(id, reason, version, CurrentStaff.get(), FormValues.PURPOSES.getFirst());
            return backToPerson(document.personId(), "pages.flash.documentRevoked", flash);
        } catch (InvalidInput e) {
            return revocationForm(model, document, reason, FormErrors.of(e, messages, locale));
        } catch (Conflict e) {
            return revocationForm(model, document, reason, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/people/{id}/statuses/new")
    String newStatus(@PathVariable UUID id, Model model, Locale locale) {
        return statusForm(model, id, new StatusForm("", "", "", ""), FormErrors.none(), locale);
    }

    @PostMapping("/people/{id}/statuses/new")
    String recordStatus(@PathVariable UUID id, @ModelAttribute("form") StatusForm form, Model model, Locale locale,
                        RedirectAttributes flash) {
        try {
            var problems = new InvalidInput.Collector();
            NewStatus draft = new NewStatus(
                    FormValues.choice(CalidadMigratoria.class, form.category(), "category", problems),
                    FormValues.date(form.validFrom(), "validFrom", problems),
                    FormValues.date(form.validTo(), "validTo", problems), form.legalBasis());
            problems.throwIfAny();
            register.recordStatus(id, draft, CurrentStaff.get(), FormValues.PURPOSES.getFirst());
            return backToPerson(id, "pages.flash.statusRecorded", flash);
        } catch (InvalidInput e) {
            return statusForm(model, id, form, FormErrors.of(e, messages, locale), locale);
        }
    }

    private static String backToPerson(UUID personId, String notice, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", notice);
        return "redirect:/people/" + personId;
    }

    private String documentForm(Model model, UUID personId, DocumentForm form, FormErrors errors, Locale locale) {
        model.addAttribute("personId", personId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", options.countries(locale));
        model.addAttribute("documentTypes", options.documentTypes(locale));
        return "register/new-document";
    }

    private String extensionForm(Model model, IdentityDocument document, String expiresOn, String reason,
                                 FormErrors errors) {
        model.addAttribute("document", document);
        model.addAttribute("status", document.statusOn(register.today()));
        model.addAttribute("expiresOn", expiresOn);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "register/extend-document";
    }

    private String revocationForm(Model model, IdentityDocument document, String reason, FormErrors errors) {
        model.addAttribute("document", document);
        model.addAttribute("status", document.statusOn(register.today()));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "register/revoke-document";
    }

    private String statusForm(Model model, UUID personId, StatusForm form, FormErrors errors, Locale locale) {
        model.addAttribute("personId", personId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", options.categories(locale));
        return "register/new-status";
    }
}
