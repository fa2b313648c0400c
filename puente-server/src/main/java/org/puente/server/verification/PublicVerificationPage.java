package org.puente.server.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.puente.server.common.InvalidInput;
import org.puente.server.register.DocumentType;
import org.puente.server.web.FormDates;
import org.puente.server.web.FormErrors;
import org.puente.server.web.StaffPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public verification page: anyone (a person, a small employer without the API) enters a
 * document's type, number and the holder's birth date and reads the outcome and every right in
 * plain language with its legal basis. Each address has a request rate; after a few NO_MATCH
 * answers it must solve a proof-of-work challenge before each further try.
 */
@Controller
@StaffPage
class PublicVerificationPage {

    /** The document types a person can verify here: those Peru issues to foreigners. */
    static final List<DocumentType> TYPES = List.of(DocumentType.CPP, DocumentType.CE, DocumentType.CE_REFUGEE,
            DocumentType.PTP, DocumentType.ASYLUM_SEEKER_CARD);

    private final Verifier verifier;
    private final RateLimits limits;
    private final ProofOfWork challenges;
    private final MessageSource messages;

    PublicVerificationPage(Verifier verifier, RateLimits limits, ProofOfWork challenges, MessageSource messages) {
        this.verifier = verifier;
        this.limits = limits;
        this.challenges = challenges;
        this.messages = messages;
    }

    /** The form as submitted. */
    static class VerifyForm {
        private String documentType = "CPP";
        private String documentNumber = "";
        private String birthDate = "";
        private String powToken = "";
        private String powSolution = "";

        public String getDocumentType() { return documentType; }
        public void setDocumentType(String documentType) { this.documentType = documentType; }
        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
        public String getPowToken() { return powToken; }
        public void setPowToken(String powToken) { this.powToken = powToken; }
        public String getPowSolution() { return powSolution; }
        public void setPowSolution(String powSolution) { this.powSolution = powSolution; }
    }

    @GetMapping("/verify")
    String form(Model model, HttpServletRequest request, Locale locale) {
        return page(model, new VerifyForm(), FormErrors.none(), null, request, locale);
    }

    @PostMapping("/verify")
    String verify(@ModelAttribute("form") VerifyForm form, Model model, HttpServletRequest request,
                  HttpServletResponse response, Locale locale) {
        String address = request.getRemoteAddr();
        long wait = limits.addressRequest(address);
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            model.addAttribute("waitSeconds", wait);
            return page(model, form, FormErrors.none(), null, request, locale);
        }
        var problems = new InvalidInput.Collector();
        if (limits.addressNeedsChallenge(address)
                && !challenges.accept(form.getPowToken(), form.getPowSolution(), address)) {
            problems.add("", "pages.verify.challengeFailed");
        }
        DocumentType type = TYPES.stream().filter(t -> t.name().equals(form.getDocumentType())).findFirst().orElse(null);
        if (type == null) {
            problems.add("documentType", "validation.required");
        }
        String number = form.getDocumentNumber() == null ? "" : form.getDocumentNumber().strip();
        if (number.isEmpty()) {
            problems.add("documentNumber", "validation.required");
        } else if (number.length() > 32 || !number.matches("[A-Za-z0-9 .\\-/]+")) {
            problems.add("documentNumber", "verification.number.invalid", 32);
        }
        LocalDate birthDate = FormDates.parse(form.getBirthDate(), "birthDate", problems);
        if (birthDate == null && !problems.has("birthDate")) {
            problems.add("birthDate", "validation.required");
        } else if (birthDate != null && (birthDate.isAfter(LocalDate.now()) || birthDate.getYear() < 1900)) {
            problems.add("birthDate", "verification.birthDate.invalid");
        }
        if (!problems.isEmpty()) {
            return page(model, form, FormErrors.of(problems.problems(), messages, locale), null, request, locale);
        }
        Verification result = verifier.verify(Verifier.Asker.anonymous(Channel.PAGE), type, number, birthDate, locale);
        if (result.outcome() == Outcome.NO_MATCH) {
            limits.addressFailure(address);
        }
        return page(model, form, FormErrors.none(), result, request, locale);
    }

    private String page(Model model, VerifyForm form, FormErrors errors, Verification result,
                        HttpServletRequest request, Locale locale) {
        form.setPowSolution("");
        form.setPowToken("");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("types", TYPES.stream().map(t -> new RelyingPartyPages.Option(t.name(),
                messages.getMessage(t.messageKey(), null, locale))).toList());
        String address = request.getRemoteAddr();
        model.addAttribute("challenge", limits.addressNeedsChallenge(address) ? challenges.issue(address) : null);
        model.addAttribute("pageScript", "/js/proof-of-work.js");
        if (result != null) {
            model.addAttribute("verdict", Verdicts.of(result));
        }
        return "verification/verify";
    }
}
