package org.puente.server.verification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.puente.server.register.DocumentStatus;
import org.puente.server.register.DocumentType;
import org.puente.server.register.Register;
import org.puente.server.register.VerifiableDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Verifies a document for whoever asks (a relying party, the public page, a scanned seal) and
 * records it before answering. Answers carry no name or nationality: a verifier learns only the
 * outcome, the validity, the holder's initials and the rights its purpose needs.
 */
@Service
class Verifier {

    private static final Logger log = LoggerFactory.getLogger(Verifier.class);

    /**
     * Compared against when no document has the number, and the document the rules run on for
     * every NO_MATCH: an unknown number costs the same comparisons and rules evaluation as a wrong
     * birth date, whatever the real holder's document says.
     */
    private static final VerifiableDocument STAND_IN = new VerifiableDocument(new UUID(0, 0), DocumentType.CPP,
            "000000000", DocumentStatus.ACTIVE, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2),
            LocalDate.of(1900, 1, 1), "?. ?.", "VEN", null, false);

    private final Register register;
    private final RightsOfDocument rights;
    private final VerificationJournal journal;
    private final Clock clock;

    Verifier(Register register, RightsOfDocument rights, VerificationJournal journal, Clock clock) {
        this.register = register;
        this.rights = rights;
        this.journal = journal;
        this.clock = clock;
    }

    /** Who asks: a relying party (API), or nobody in particular (page, seal). */
    record Asker(Channel channel, UUID relyingPartyId, Purpose purpose) {

        static Asker of(RelyingParty party) {
            return new Asker(Channel.API, party.id(), party.purpose());
        }

        static Asker anonymous(Channel channel) {
            return new Asker(channel, null, null);
        }

        Set<Right> rights() {
            return purpose == null ? Set.of(Right.values()) : purpose.rights();
        }
    }

    /** Verifies a document against the birth date its holder gave. */
    Verification verify(Asker asker, DocumentType type, String number, LocalDate birthDate, Locale locale) {
        List<VerifiableDocument> found = register.verifiable(type, number);
        // Every candidate is compared, and a stand-in when there is none: the same work either way.
        VerifiableDocument match = null;
        VerifiableDocument numberHolder = null;
        for (VerifiableDocument candidate : found.isEmpty() ? List.of(STAND_IN) : found) {
            boolean same = sameDay(candidate.holderBirthDate(), birthDate);
            if (candidate != STAND_IN) {
                numberHolder = numberHolder == null ? candidate : numberHolder;
                if (same && match == null) {
                    match = candidate;
                }
            }
        }
        // A wrong birth date is recorded against the document (its holder sees the attempt), but the
        // rules run on the stand-in, as for an unknown number: the holder's own facts (expired,
        // asylum, …) would make the two take different times.
        return answer(asker, type, match, match != null ? match.documentId()
                : numberHolder != null ? numberHolder.documentId() : null, locale);
    }

    /** Verifies a document whose possession is already proven (a signed seal): no birth date needed. */
    Verification verifySealed(DocumentType type, String number, String initials, Locale locale) {
        VerifiableDocument match = register.verifiable(type, number).stream()
                .filter(d -> d.holderInitials().equals(initials)).findFirst().orElse(null);
        return answer(Asker.anonymous(Channel.SEAL), type, match, match != null ? match.documentId() : null, locale);
    }

    /** The answer, recorded against {@code recordedDocument} (null: no document has the number). */
    private Verification answer(Asker asker, DocumentType type, VerifiableDocument match, UUID recordedDocument,
                                Locale locale) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // The rules run for NO_MATCH too, on the stand-in, so that every NO_MATCH costs the same.
        List<RightsOfDocument.RightAnswer> granted = rights.of(match != null ? match : STAND_IN, today,
                asker.rights(), locale);
        Outcome outcome = match == null ? Outcome.NO_MATCH : switch (match.status()) {
            case ACTIVE, EXTENDED -> Outcome.VALID;
            case EXPIRED -> Outcome.EXPIRED;
            // A replaced card is no longer in force: the holder has a newer one.
            case REVOKED, REPLACED -> Outcome.REVOKED;
        };
        String reference = References.next();
        journal.record(new VerificationRecord(reference, now, asker.channel(), asker.relyingPartyId(), asker.purpose(),
                type.name(), recordedDocument, outcome));
        log.debug("verification {} via {} for party {}: {}", reference, asker.channel(), asker.relyingPartyId(), outcome);
        if (match == null) {
            return new Verification(reference, outcome, type, null, now, null, List.of(), null);
        }
        return new Verification(reference, outcome, type,
                outcome == Outcome.REVOKED ? null : match.expiresOn(), now, match.holderInitials(), granted,
                match.documentId());
    }

    /** Compares two dates without an early exit. */
    private static boolean sameDay(LocalDate a, LocalDate b) {
        return (a.toEpochDay() ^ b.toEpochDay()) == 0;
    }
}
