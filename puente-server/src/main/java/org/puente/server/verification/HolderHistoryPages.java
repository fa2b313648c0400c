package org.puente.server.verification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.puente.server.common.InvalidInput;
import org.puente.server.register.Contact;
import org.puente.server.register.DocumentType;
import org.puente.server.register.Register;
import org.puente.server.register.VerifiableDocument;
import org.puente.server.web.FormDates;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A holder sees who verified their document and when. They prove it is theirs with the document's
 * number, their birth date and a one-time code sent to their registered phone or e-mail. The page
 * answers the same whether or not the data matched, so it cannot be used to find documents.
 */
@Controller
@StaffPage
class HolderHistoryPages {

    private static final Logger log = LoggerFactory.getLogger(HolderHistoryPages.class);
    static final String SESSION_DOCUMENT = "puente.holder.document";
    static final String SESSION_UNTIL = "puente.holder.until";

    private final Register register;
    private final HolderCodes codes;
    private final VerificationHistory history;
    private final ObjectProvider<Notifier> notifiers;
    private final RateLimits limits;
    private final MessageSource messages;
    private final Clock clock;

    HolderHistoryPages(Register register, HolderCodes codes, VerificationHistory history,
                       ObjectProvider<Notifier> notifiers, RateLimits limits, MessageSource messages, Clock clock) {
        this.register = register;
        this.codes = codes;
        this.history = history;
        this.notifiers = notifiers;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/my-verifications")
    String start(Model model, Locale locale) {
        return startPage(model, "CPP", "", "", FormErrors.none(), locale);
    }

    @PostMapping("/my-verifications")
    String requestCode(@RequestParam(defaultValue = "") String documentType,
                       @RequestParam(defaultValue = "") String documentNumber,
                       @RequestParam(defaultValue = "") String birthDate, Model model, Locale locale,
                       HttpServletRequest request, HttpServletResponse response) {
        long wait = limits.addressRequest(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            model.addAttribute("waitSeconds", wait);
            return startPage(model, documentType, documentNumber, birthDate, FormErrors.none(), locale);
        }
        var problems = new InvalidInput.Collector();
        DocumentType type = PublicVerificationPage.TYPES.stream().filter(t -> t.name().equals(documentType))
                .findFirst().orElse(null);
        if (type == null) {
            problems.add("documentType", "validation.required");
        }
        String number = documentNumber.strip();
        if (number.isEmpty() || number.length() > 32 || !number.matches("[A-Za-z0-9 .\\-/]+")) {
            problems.add("documentNumber", "verification.number.invalid", 32);
        }
        LocalDate birth = FormDates.parse(birthDate, "birthDate", problems);
        if (birth == null && !problems.has("birthDate")) {
            problems.add("birthDate", "validation.required");
        }
        if (!problems.isEmpty()) {
            return startPage(model, documentType, documentNumber, birthDate,
                    FormErrors.of(problems.problems(), messages, locale), locale);
        }
        Notifier notifier = notifiers.getIfAvailable();
        if (notifier == null) {
            model.addAttribute("unavailable", true);
            return startPage(model, documentType, documentNumber, birthDate, FormErrors.none(), locale);
        }
        Optional<VerifiableDocument> match = register.verifiable(type, number).stream()
                .filter(d -> d.holderBirthDate().equals(birth)).findFirst();
        Optional<String> to = match.flatMap(d -> register.holderContact(d.documentId())).flatMap(HolderHistoryPages::address);
        UUID challenge;
        if (match.isPresent() && to.isPresent()) {
            HolderCodes.Issued issued = codes.issue(match.get().documentId());
            notifier.send(to.get(), messages.getMessage("pages.mine.message", new Object[] {issued.code()}, locale));
            challenge = issued.challengeId();
            log.info("one-time code {} sent for document {}", challenge, match.get().documentId());
        } else {
            // Same page, same next step: a code that will never arrive, for a challenge that does not exist.
            limits.addressFailure(request.getRemoteAddr());
            challenge = UUID.randomUUID();
        }
        model.addAttribute("challenge", challenge);
        model.addAttribute("errors", FormErrors.none());
        return "verification/mine-code";
    }

    @PostMapping("/my-verifications/code")
    String enterCode(@RequestParam(defaultValue = "") String challenge, @RequestParam(defaultValue = "") String code,
                     Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        long wait = limits.addressRequest(request.getRemoteAddr());
        UUID challengeId;
        try {
            challengeId = UUID.fromString(challenge);
        } catch (IllegalArgumentException e) {
            return "redirect:/my-verifications";
        }
        Optional<UUID> document = wait > 0 ? Optional.empty() : codes.redeem(challengeId, code);
        if (document.isEmpty()) {
            model.addAttribute("challenge", challengeId);
            model.addAttribute("errors", FormErrors.of(java.util.List.of(
                    org.puente.server.common.FieldProblem.of("code", "pages.mine.code.wrong")), messages, locale));
            return "verification/mine-code";
        }
        // A new session id for the signed-in holder, so a planted session cannot ride on it.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_DOCUMENT, document.get());
        session.setAttribute(SESSION_UNTIL, clock.instant().plus(HolderCodes.LIFETIME));
        return "redirect:/my-verifications/history";
    }

    @GetMapping("/my-verifications/history")
    String history(Model model, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object document = session == null ? null : session.getAttribute(SESSION_DOCUMENT);
        Object until = session == null ? null : session.getAttribute(SESSION_UNTIL);
        if (!(document instanceof UUID id) || !(until instanceof Instant end) || end.isBefore(clock.instant())) {
            return "redirect:/my-verifications";
        }
        model.addAttribute("entries", history.ofDocument(id, 200));
        return "verification/mine-history";
    }

    private String startPage(Model model, String type, String number, String birthDate, FormErrors errors,
                             Locale locale) {
        model.addAttribute("documentType", type);
        model.addAttribute("documentNumber", number);
        model.addAttribute("birthDate", birthDate);
        model.addAttribute("errors", errors);
        model.addAttribute("types", PublicVerificationPage.TYPES.stream().map(t -> new RelyingPartyPages.Option(t.name(),
                messages.getMessage(t.messageKey(), null, locale))).toList());
        return "verification/mine";
    }

    private static Optional<String> address(Contact contact) {
        if (contact.phone() != null && !contact.phone().isBlank()) {
            return Optional.of(contact.phone());
        }
        return Optional.ofNullable(contact.email()).filter(e -> !e.isBlank());
    }
}
