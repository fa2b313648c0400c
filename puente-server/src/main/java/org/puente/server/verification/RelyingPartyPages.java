package org.puente.server.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.server.access.CurrentStaff;
import org.puente.server.access.Permissions;
import org.puente.server.common.Conflict;
import org.puente.server.common.InvalidInput;
import org.puente.server.common.NotFound;
import org.puente.server.web.FormDates;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Relying parties for administrators: register one (name, RUC, sector, purpose, rate), issue API
 * keys (shown once, on the page that follows), revoke them, and clear a guessing flag.
 */
@Controller
@StaffPage
@RequestMapping("/admin/relying-parties")
@PreAuthorize("hasAuthority('" + Permissions.USER_ADMIN + "')")
class RelyingPartyPages {

    private static final Logger log = LoggerFactory.getLogger(RelyingPartyPages.class);
    static final int MAX_KEY_YEARS = 3;

    private final RelyingParties parties;
    private final KeyCache keys;
    private final MessageSource messages;
    private final Clock clock;

    RelyingPartyPages(RelyingParties parties, KeyCache keys, MessageSource messages, Clock clock) {
        this.parties = parties;
        this.keys = keys;
        this.messages = messages;
        this.clock = clock;
    }

    /** A choice in a select, as {@code fragments/fields :: select} shows it. */
    record Option(String value, String label) {
    }

    /** The new-party form as submitted. */
    static class PartyForm {
        private String name = "";
        private String ruc = "";
        private String sector = "";
        private String purpose = "";
        private String ratePerSecond = "20";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRuc() { return ruc; }
        public void setRuc(String ruc) { this.ruc = ruc; }
        public String getSector() { return sector; }
        public void setSector(String sector) { this.sector = sector; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
        public String getRatePerSecond() { return ratePerSecond; }
        public void setRatePerSecond(String ratePerSecond) { this.ratePerSecond = ratePerSecond; }
    }

    @GetMapping
    String list(Model model, Locale locale) {
        return listPage(model, new PartyForm(), FormErrors.none(), locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") PartyForm form, Model model, Locale locale, RedirectAttributes flash) {
        var problems = new InvalidInput.Collector();
        String name = form.getName() == null ? "" : form.getName().strip();
        String sector = form.getSector() == null ? "" : form.getSector().strip();
        text(problems, "name", name, 200);
        text(problems, "sector", sector, 80);
        String ruc = form.getRuc() == null ? "" : form.getRuc().strip();
        if (!Ruc.isValid(ruc)) {
            problems.add("ruc", "verification.ruc.invalid");
        }
        Purpose purpose = Arrays.stream(Purpose.values()).filter(p -> p.name().equals(form.getPurpose())).findFirst()
                .orElse(null);
        if (purpose == null) {
            problems.add("purpose", "validation.required");
        }
        int rate = 0;
        try {
            rate = Integer.parseInt(form.getRatePerSecond().strip());
        } catch (RuntimeException e) {
            rate = 0;
        }
        if (rate < 1 || rate > 100_000) {
            problems.add("ratePerSecond", "verification.rate.invalid");
        }
        try {
            problems.throwIfAny();
            UUID id = parties.create(name, new Ruc(ruc), sector, purpose, rate);
            log.info("relying party {} registered by {}", id, CurrentStaff.get().username());
            flash.addFlashAttribute("flash", "pages.flash.partyCreated");
            return "redirect:/admin/relying-parties/" + id;
        } catch (InvalidInput e) {
            return listPage(model, form, FormErrors.of(e, messages, locale), locale);
        } catch (Conflict e) {
            return listPage(model, form, FormErrors.of(e, messages, locale), locale);
        }
    }

    @GetMapping("/{id}")
    String party(@PathVariable UUID id, Model model) {
        return partyPage(model, find(id), LocalDate.now(clock).plusYears(1).toString(), FormErrors.none());
    }

    @PostMapping("/{id}/keys")
    String issueKey(@PathVariable UUID id, @RequestParam(defaultValue = "") String expiresOn, Model model,
                    Locale locale) {
        RelyingParty party = find(id);
        var problems = new InvalidInput.Collector();
        LocalDate expiry = FormDates.parse(expiresOn, "expiresOn", problems);
        LocalDate today = LocalDate.now(clock);
        if (expiry == null && !problems.has("expiresOn")) {
            problems.add("expiresOn", "validation.required");
        } else if (expiry != null && (!expiry.isAfter(today) || expiry.isAfter(today.plusYears(MAX_KEY_YEARS)))) {
            problems.add("expiresOn", "verification.expiresOn.invalid");
        }
        if (!problems.isEmpty()) {
            return partyPage(model, party, expiresOn, FormErrors.of(problems.problems(), messages, locale));
        }
        String key = ApiKeys.newKey();
        UUID keyId = parties.addKey(id, key, expiry, CurrentStaff.get().username());
        log.info("API key {} issued to relying party {}", keyId, id);
        // Shown on this page only: it is not stored, so a reload cannot show it again.
        model.addAttribute("newKey", key);
        return partyPage(model, party, today.plusYears(1).toString(), FormErrors.none());
    }

    @PostMapping("/{id}/keys/{keyId}/revocation")
    String revokeKey(@PathVariable UUID id, @PathVariable UUID keyId, RedirectAttributes flash) {
        find(id);
        if (parties.revokeKey(id, keyId)) {
            keys.forgetAll();
            log.info("API key {} of relying party {} revoked", keyId, id);
        }
        flash.addFlashAttribute("flash", "pages.flash.keyRevoked");
        return "redirect:/admin/relying-parties/" + id;
    }

    @PostMapping("/{id}/flag")
    String clearFlag(@PathVariable UUID id, RedirectAttributes flash) {
        find(id);
        parties.clearFlag(id);
        keys.forgetAll();
        flash.addFlashAttribute("flash", "pages.flash.flagCleared");
        return "redirect:/admin/relying-parties/" + id;
    }

    private static void text(InvalidInput.Collector problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(field, "validation.required");
        } else if (value.length() > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }

    private RelyingParty find(UUID id) {
        return parties.find(id).orElseThrow(() -> new NotFound("verification.party.notFound"));
    }

    private String listPage(Model model, PartyForm form, FormErrors errors, Locale locale) {
        model.addAttribute("parties", parties.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("purposes", purposes(locale));
        return "verification/relying-parties";
    }

    private String partyPage(Model model, RelyingParty party, String expiresOn, FormErrors errors) {
        List<ApiKey> issued = parties.keys(party.id());
        model.addAttribute("party", party);
        model.addAttribute("keys", issued);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("expiresOn", expiresOn);
        model.addAttribute("errors", errors);
        return "verification/relying-party";
    }

    private List<Option> purposes(Locale locale) {
        return Arrays.stream(Purpose.values())
                .map(p -> new Option(p.name(), messages.getMessage(p.messageKey(), null, locale))).toList();
    }
}
