package org.puente.server.verification;

/**
 * Sends a short message to a document holder's registered phone or e-mail (one-time codes).
 * Production plugs in an SMS or e-mail gateway as a bean; demo mode's {@link DevMailbox} keeps the
 * messages for a page instead. Implementations must not log the message or the address.
 */
public interface Notifier {

    /** {@code to} is a phone number or an e-mail address, as registered. */
    void send(String to, String text);
}
