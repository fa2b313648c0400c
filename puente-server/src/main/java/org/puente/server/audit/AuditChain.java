package org.puente.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The chain's hash function: SHA-256 over the previous hash and the entry's fields. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, String at, String actor, String role, String agency, String action,
                       String personId, String purpose, String detail, String prevHash) {
        // Fields are length-prefixed so no two different entries can produce the same input.
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), at, actor, role, agency, action,
                personId == null ? "" : personId, purpose, detail == null ? "" : detail, prevHash}) {
            canonical.append(field.length()).append(':').append(field).append('|');
        }
        return HexFormat.of().formatHex(SHA256.get().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
