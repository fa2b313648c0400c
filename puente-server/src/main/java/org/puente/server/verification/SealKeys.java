package org.puente.server.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The seal-signing key (ECDSA P-256). It comes from configuration ({@code PUENTE_SEAL_PRIVATE_KEY},
 * PKCS#8, and {@code PUENTE_SEAL_PUBLIC_KEY}, X.509, both base64). Demo mode without one generates a
 * key and keeps it in the data directory, so printed seals survive a restart; outside demo mode
 * without a key, seals are not issued.
 */
@Component
class SealKeys {

    private static final Logger log = LoggerFactory.getLogger(SealKeys.class);

    private final KeyPair pair;
    private final String keyId;

    SealKeys(@Value("${puente.seal.private-key:}") String privateKey,
             @Value("${puente.seal.public-key:}") String publicKey,
             @Value("${puente.demo:false}") boolean demo,
             @Value("${puente.seal.demo-key-file:}") String demoKeyFile) {
        KeyPair loaded = null;
        if (!privateKey.isBlank() && !publicKey.isBlank()) {
            loaded = decode(privateKey, publicKey);
        } else if (demo) {
            loaded = demoKey(demoKeyFile);
        } else {
            log.warn("no seal key configured (PUENTE_SEAL_PRIVATE_KEY, PUENTE_SEAL_PUBLIC_KEY): seals are not issued");
        }
        this.pair = loaded;
        this.keyId = loaded == null ? null : keyId((ECPublicKey) loaded.getPublic());
    }

    Optional<KeyPair> pair() {
        return Optional.ofNullable(pair);
    }

    String keyId() {
        return keyId;
    }

    /** The public key as a JSON Web Key Set, for anyone to check seals offline. */
    Map<String, Object> jwks() {
        if (pair == null) {
            return Map.of("keys", java.util.List.of());
        }
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", coordinate(key.getW().getAffineX()));
        jwk.put("y", coordinate(key.getW().getAffineY()));
        jwk.put("kid", keyId);
        jwk.put("use", "sig");
        jwk.put("alg", "ES256");
        return Map.of("keys", java.util.List.of(jwk));
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair decode(String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.strip())));
            var pub = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip())));
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the configured seal key is not a base64 P-256 key pair", e);
        }
    }

    private static KeyPair demoKey(String file) {
        if (file.isBlank()) {
            return generate();
        }
        Path path = Path.of(file);
        try {
            if (Files.exists(path)) {
                Properties stored = new Properties();
                try (var in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    stored.load(in);
                }
                return decode(stored.getProperty("private"), stored.getProperty("public"));
            }
            KeyPair generated = generate();
            Properties stored = new Properties();
            stored.setProperty("private", Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()));
            stored.setProperty("public", Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()));
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (var out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                stored.store(out, "Puente demo seal key (demo mode only)");
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keyId(ECPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
