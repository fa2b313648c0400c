package org.puente.server.verification;

/** Where a verification came from: a relying party's API call, the public page, or a scanned seal. */
enum Channel {
    API, PAGE, SEAL;

    public String messageKey() {
        return "verification.channel." + name();
    }
}
