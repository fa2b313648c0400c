package org.puente.server.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.puente.server.register.DocumentType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Digital seals after ICAO's Visible Digital Seal for non-constrained environments (VDS-NC): a
 * compact JSON message (header: type, version, issuing country, key id; message: document type,
 * number, holder's initials, valid until, sealed on) signed with ECDSA P-256 over its exact bytes.
 * Written {@code base64url(message).base64url(signature)}, the form a QR code's link carries; any
 * changed byte of either part fails the check.
 */
@Component
class Seals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    static final String TYPE = "puente.document";

    /** What a seal states about a document. */
    record Content(DocumentType type, String number, String initials, LocalDate validUntil, LocalDate sealedOn) {
    }

    private final SealKeys keys;

    Seals(SealKeys keys) {
        this.keys = keys;
    }

    boolean available() {
        return keys.pair().isPresent();
    }

    String seal(Content content) {
        KeyPair pair = keys.pair().orElseThrow(() -> new IllegalStateException("no seal key"));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("t", TYPE);
        header.put("v", 1);
        header.put("is", "PER");
        header.put("kid", keys.keyId());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("dt", content.type().name());
        message.put("dn", content.number());
        message.put("hi", content.initials());
        message.put("vu", content.validUntil() == null ? null : content.validUntil().toString());
        message.put("sd", content.sealedOn().toString());
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put("hdr", header);
        seal.put("msg", message);
        byte[] data = JSON.writeValueAsBytes(seal);
        return B64.encodeToString(data) + "." + B64.encodeToString(sign(pair, data));
    }

    /** The seal's content when its signature checks out with Puente's key; empty otherwise. */
    Optional<Content> open(String token) {
        return keys.pair().flatMap(pair -> open(token, pair.getPublic()));
    }

    static Optional<Content> open(String token, PublicKey key) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0 || token.length() > 2_000) {
                return Optional.empty();
            }
            byte[] data = B64D.decode(token.substring(0, dot));
            byte[] signature = B64D.decode(token.substring(dot + 1));
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update(data);
            if (!verifier.verify(signature)) {
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(data);
            if (!TYPE.equals(root.path("hdr").path("t").asString())) {
                return Optional.empty();
            }
            JsonNode m = root.path("msg");
            String validUntil = m.path("vu").isNull() || m.path("vu").isMissingNode() ? null : m.path("vu").asString();
            return Optional.of(new Content(DocumentType.valueOf(m.path("dt").asString()), m.path("dn").asString(),
                    m.path("hi").asString(), validUntil == null ? null : LocalDate.parse(validUntil),
                    LocalDate.parse(m.path("sd").asString())));
        } catch (GeneralSecurityException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] sign(KeyPair pair, byte[] data) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(pair.getPrivate());
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
