package org.puente.server.verification;

import java.util.UUID;

/** The relying party behind an API call, as its key authenticated it. */
record RelyingPartyPrincipal(RelyingParty party, UUID keyId) {
}
