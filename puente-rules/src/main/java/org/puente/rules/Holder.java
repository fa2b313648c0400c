package org.puente.rules;

import java.time.LocalDate;

/**
 * Facts about a document's holder that change what the document allows. Every field may be empty
 * (unknown); an unknown fact makes the answer {@link Permission#DEPENDS} on it where it matters.
 *
 * @param asylumWorkAuthorisation     whether CEPR granted the asylum seeker's provisional work authorisation
 * @param lastEntryDate               the holder's last entry into Peru (RS 121-2024 expired-passport rule)
 * @param expiredPassportExceptionUsed whether the one-time RS 121-2024 exception was already used
 */
public record Holder(Boolean asylumWorkAuthorisation, LocalDate lastEntryDate, Boolean expiredPassportExceptionUsed) {
    static final Holder UNKNOWN = new Holder(null, null, null);
}
