package org.puente.server.verification;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.puente.server.common.InvalidInput;
import org.puente.server.register.DocumentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/verifications} for relying parties (bearer API key): yes or no, and the
 * rights their purpose needs. {@code GET /api/v1/verifications/caller} is the same way in with
 * no work behind it (the framework's ceiling in benchmarks, and a key check for integrators).
 */
@RestController
@RequestMapping("/api/v1/verifications")
@Tag(name = "Verification", description = "Document verification for relying parties (Authorization: Bearer <key>)")
@SecurityRequirement(name = "apiKey")
class VerificationApi {

    private static final Logger log = LoggerFactory.getLogger(VerificationApi.class);
    private static final int MAX_NUMBER = 32;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[A-Za-z0-9 .\\-/]+");

    private final Verifier verifier;
    private final RateLimits limits;
    private final RelyingParties parties;
    private final KeyCache keys;
    private final MessageSource messages;
    private final RequestReader requests;

    VerificationApi(Verifier verifier, RateLimits limits, RelyingParties parties, KeyCache keys,
                    MessageSource messages, JsonMapper json) {
        this.verifier = verifier;
        this.limits = limits;
        this.parties = parties;
        this.keys = keys;
        this.messages = messages;
        this.requests = new RequestReader(json);
    }

    record VerificationRequest(DocumentType documentType, String documentNumber, LocalDate birthDate) {
    }

    record HolderView(String initials) {
    }

    record RightView(String right, boolean allowed, String status, List<String> dependsOn, String basis,
                     String explanation) {
    }

    /** Every outcome has the same fields; NO_MATCH leaves validUntil and holder null and rights empty. */
    record VerificationView(String reference, String outcome, LocalDate validUntil, Instant asOf, HolderView holder,
                            List<RightView> rights) {
    }

    record CallerView(String relyingParty, String purpose, List<String> rights) {
    }

    @Operation(summary = "Verify a document: outcome (VALID, EXPIRED, REVOKED, NO_MATCH) and the rights your purpose needs")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = VerificationRequest.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    VerificationView verify(HttpServletRequest body, @AuthenticationPrincipal RelyingPartyPrincipal caller,
                            Locale locale) throws IOException {
        // Read here rather than by @RequestBody: on this, the busiest call, the framework's converter
        // selection, body wrapping and data binding cost more than the reading (docs/performance.md,
        // decision 0021). A body that cannot be read gets the same 400 as with the binder.
        VerificationRequest request = requests.read(body.getInputStream());
        RelyingParty party = caller.party();
        long wait = limits.partyRequest(party);
        if (wait > 0) {
            throw new TooManyRequests(wait);
        }
        String number = check(request);
        Verification v = verifier.verify(Verifier.Asker.of(party), request.documentType(), number,
                request.birthDate(), locale);
        if (v.outcome() == Outcome.NO_MATCH && !limits.partyMiss(party)) {
            // A burst of misses looks like guessing: flagged for administrators, slowed down until it stops.
            parties.flag(party.id(), "NO_MATCH burst");
            keys.forgetAll();
            log.warn("relying party {} flagged: burst of NO_MATCH answers", party.id());
        }
        return view(v);
    }

    @Operation(summary = "Who the key belongs to and which rights its answers carry (no verification)")
    @GetMapping("/caller")
    CallerView caller(@AuthenticationPrincipal RelyingPartyPrincipal caller) {
        RelyingParty party = caller.party();
        return new CallerView(party.name(), party.purpose().name(),
                party.purpose().rights().stream().map(Enum::name).sorted().toList());
    }

    private static String check(VerificationRequest request) {
        var problems = new InvalidInput.Collector();
        if (request.documentType() == null) {
            problems.add("documentType", "validation.required");
        }
        String number = request.documentNumber() == null ? "" : request.documentNumber().strip();
        if (number.isEmpty()) {
            problems.add("documentNumber", "validation.required");
        } else if (number.length() > MAX_NUMBER || !NUMBER.matcher(number).matches()) {
            problems.add("documentNumber", "verification.number.invalid", MAX_NUMBER);
        }
        if (request.birthDate() == null) {
            problems.add("birthDate", "validation.required");
        } else if (request.birthDate().isAfter(LocalDate.now().plusDays(1)) || request.birthDate().getYear() < 1900) {
            problems.add("birthDate", "verification.birthDate.invalid");
        }
        problems.throwIfAny();
        return number;
    }

    static VerificationView view(Verification v) {
        return new VerificationView(v.reference(), v.outcome().name(), v.validUntil(), v.asOf(),
                v.holderInitials() == null ? null : new HolderView(v.holderInitials()),
                v.rights().stream().map(r -> new RightView(r.right().name(), r.allowed(), r.status().name(),
                        r.dependsOn(), r.basis(), r.explanation())).toList());
    }

    /** Over the relying party's rate: 429 with the seconds to wait. */
    static final class TooManyRequests extends RuntimeException {
        private final long seconds;

        TooManyRequests(long seconds) {
            super(null, null, false, false);
            this.seconds = seconds;
        }
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests e, Locale locale, HttpServletRequest request) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "verification.problem.tooMany", Long.toString(e.seconds), locale,
                request);
    }

    @ExceptionHandler(VerificationJournal.Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(Locale locale, HttpServletRequest request) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", "5", locale, request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String retryAfter, Locale locale,
                                                  HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(code + ".detail", null, null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", retryAfter).body(problem);
    }
}
