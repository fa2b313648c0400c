package org.puente.server.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.puente.server.access.Permissions;
import org.puente.server.common.NotFound;
import org.puente.server.register.DocumentStatus;
import org.puente.server.register.IdentityDocument;
import org.puente.server.register.Register;
import org.puente.server.register.VerifiableDocument;
import org.puente.server.web.StaffPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Digital seals: a registrar prints a document's seal (a QR code whose link carries the signed
 * payload); whoever scans it lands on {@code /v/…}, which checks the signature without asking the
 * register and then the document's current status online (a revoked document shows as revoked).
 * The public key is at {@code /.well-known/puente-seal-keys.json} for checking seals offline.
 */
@Controller
@StaffPage
class SealPages {

    private final Seals seals;
    private final SealKeys keys;
    private final Register register;
    private final Verifier verifier;
    private final Clock clock;
    private final String publicUrl;

    SealPages(Seals seals, SealKeys keys, Register register, Verifier verifier, Clock clock,
              @Value("${puente.public-url:}") String publicUrl) {
        this.seals = seals;
        this.keys = keys;
        this.register = register;
        this.verifier = verifier;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/documents/{id}/seal")
    @PreAuthorize("hasAuthority('" + Permissions.PERSON_WRITE + "')")
    String print(@PathVariable UUID id, Model model) {
        IdentityDocument document = register.document(id);
        model.addAttribute("document", document);
        model.addAttribute("personId", document.personId());
        boolean sealable = seals.available() && document.status() != DocumentStatus.REVOKED
                && document.status() != DocumentStatus.REPLACED;
        model.addAttribute("sealable", sealable);
        if (sealable) {
            VerifiableDocument facts = register.verifiable(document.type(), document.number()).stream()
                    .filter(d -> d.documentId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFound("document.notFound"));
            String token = seals.seal(new Seals.Content(document.type(), document.number(), facts.holderInitials(),
                    document.expiresOn(), LocalDate.now(clock)));
            String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                    : publicUrl.replaceAll("/+$", "");
            String link = base + "/v/" + token;
            model.addAttribute("link", link);
            model.addAttribute("qr", QrCodes.svg(link));
            model.addAttribute("initials", facts.holderInitials());
        }
        return "verification/seal";
    }

    @GetMapping("/v/{token}")
    String check(@PathVariable String token, Model model, Locale locale) {
        var content = seals.open(token);
        model.addAttribute("seal", content.orElse(null));
        if (content.isPresent()) {
            Seals.Content c = content.get();
            Verification result = verifier.verifySealed(c.type(), c.number(), c.initials(), locale);
            model.addAttribute("result", result);
            model.addAttribute("verdict", Verdicts.of(result));
        }
        return "verification/seal-check";
    }

    @GetMapping(value = "/.well-known/puente-seal-keys.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> publicKeys() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(keys.jwks());
    }
}
