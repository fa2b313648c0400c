package org.puente.server.register;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.access.SignedIn;
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
 * A person's page (the whole record, each look audited with its purpose), the registration
 * form and the correction form. Forms follow POST-redirect-GET; a refused form comes back with
 * every message beside its field and nothing saved.
 */
@Controller
@StaffPage
class PersonPages {

    static final List<String> PERSON_FIELDS = List.of("givenNames", "firstSurname", "secondSurname", "sex",
            "birthDate", "nationality", "phone", "email", "ubigeo", "addressLine", "reason", "document.type",
            "document.number", "document.issuingCountry", "document.issuedOn", "document.expiresOn");

    private final Register register;
    private final DuplicateReview duplicates;
    private final SignedIn signedIn;
    private final PageOptions options;
    private final MessageSource messages;

    PersonPages(Register register, DuplicateReview duplicates, SignedIn signedIn, PageOptions options,
                MessageSource messages) {
        this.register = register;
        this.duplicates = duplicates;
        this.signedIn = signedIn;
        this.options = options;
        this.messages = messages;
    }

    /** A document with its status today and its own history, newest step first. */
    record DocumentRow(IdentityDocument document, DocumentStatus status, List<DocumentEvent> events) {
    }

    @GetMapping("/people/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_READ + "')")
    String person(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model) {
        String why = FormValues.purpose(purpose);
        PersonRecord record = register.view(id, CurrentStaff.get(), why);
        var today = register.today();
        Map<UUID, List<DocumentEvent>> events = record.documentEvents().stream()
                .collect(Collectors.groupingBy(DocumentEvent::documentId));
        model.addAttribute("person", record.person());
        model.addAttribute("documents", record.documents().stream()
                .map(d -> new DocumentRow(d, d.statusOn(today), events.getOrDefault(d.id(), List.of()))).toList());
        model.addAttribute("statuses", record.statuses());
        model.addAttribute("corrections", record.corrections());
        model.addAttribute("region", Ubigeo.regionName(record.person().contact().ubigeo()).orElse(null));
        model.addAttribute("purpose", why);
        model.addAttribute("mergedInto", record.mergedInto());
        model.addAttribute("merges", record.merges());
        model.addAttribute("possibleDuplicates", record.mergedInto() == null && signedIn.can(Permissions.PERSON_WRITE)
                ? duplicates.pendingFor(id, CurrentStaff.get(), why) : List.of());
        return "register/person";
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    String newPerson(Model model, Locale locale) {
        return registrationForm(model, new PersonForm(), FormErrors.none(), locale);
    }

    @PostMapping("/people/new")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    String register(@ModelAttribute("form") PersonForm form, Model model, Locale locale, RedirectAttributes flash) {
        try {
            var problems = new InvalidInput.Collector();
            NewPerson draft = form.toDraft(problems);
            problems.throwIfAny();
            String purpose = FormValues.PURPOSES.getFirst();
            UUID id = register.register(draft, CurrentStaff.get(), purpose);
            // The person page lists the pairs this check put in the review queue, with the evidence.
            var check = duplicates.checkNewPerson(id, CurrentStaff.get(), purpose);
            flash.addFlashAttribute("flash", !check.checked() ? "duplicates.flash.registeredNotChecked"
                    : check.possibleDuplicates().isEmpty() ? "pages.flash.registered"
                    : "duplicates.flash.registeredWithPossibleDuplicates");
            return "redirect:/people/" + id;
        } catch (InvalidInput e) {
            return registrationForm(model, form, errors(FormErrors.of(e, messages, locale)), locale);
        } catch (Conflict e) {
            return registrationForm(model, form, errors(FormErrors.of(e, messages, locale)), locale);
        }
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        Person person = register.view(id, CurrentStaff.get(), "data-correction").person();
        return correctionForm(model, id, PersonForm.of(person), FormErrors.none(), locale);
    }

    @PostMapping("/people/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    String correct(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, Model model, Locale locale,
                   RedirectAttributes flash) {
        try {
            var problems = new InvalidInput.Collector();
            PersonChanges changes = form.toChanges(problems);
            problems.throwIfAny();
            register.correct(id, form.getVersion(), changes, form.getReason(), CurrentStaff.get(), "data-correction");
            flash.addFlashAttribute("flash", "pages.flash.corrected");
            return "redirect:/people/" + id + "?purpose=data-correction";
        } catch (InvalidInput e) {
            return correctionForm(model, id, form, errors(FormErrors.of(e, messages, locale)), locale);
        } catch (Conflict e) {
            model.addAttribute("stale", "record.changed".equals(e.code()));
            return correctionForm(model, id, form, FormErrors.of(e, messages, locale), locale);
        }
    }

    private static FormErrors errors(FormErrors errors) {
        return errors.withoutFieldsOtherThan(PERSON_FIELDS);
    }

    private String registrationForm(Model model, PersonForm form, FormErrors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", options.countries(locale));
        model.addAttribute("sexes", options.sexes(locale));
        model.addAttribute("documentTypes", options.documentTypes(locale));
        return "register/new-person";
    }

    private String correctionForm(Model model, UUID id, PersonForm form, FormErrors errors, Locale locale) {
        model.addAttribute("personId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", options.countries(locale));
        model.addAttribute("sexes", options.sexes(locale));
        return "register/edit-person";
    }
}
