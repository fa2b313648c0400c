package org.puente.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * R1 — is this document valid for identification as of a date? A document is valid from its issue
 * date through its expiry date (inclusive); revoked and replaced documents never are. Two dated
 * rules reach past the printed expiry: the DS 003-2023-IN extension of DS 010-2020-IN CPPs (to
 * 4 Dec 2023) and the one-time RS 121-2024 acceptance of an expired passport for a change of status.
 */
public final class DocumentValidity extends BaseDecision<DocumentValidity.Facts, DocumentValidity.Answer> {
    public static final String SLUG = "document-validity";

    /**
     * @param asOf     the date of the question
     * @param document the document
     * @param holder   optional facts about the holder (last entry, for the expired-passport rule)
     */
    public record Facts(LocalDate asOf, Document document, Holder holder) {
    }

    public enum Validity {
        VALID, EXPIRED, EXPIRED_BUT_ACCEPTED, NOT_VALID
    }

    /** Procedures an expired document is still accepted for. */
    public enum Procedure {
        /** Cambio de calidad migratoria (RS 121-2024 one-time rule). */
        CHANGE_OF_STATUS
    }

    /** Why the document is (not) valid. */
    public enum Ground {
        WITHIN_VALIDITY, VALID_UNTIL_ASYLUM_DECISION, CPP_2020_EXTENSION, NOT_YET_ISSUED, REVOKED, REPLACED,
        FOREIGN_ID_CARD_NOT_RECOGNISED, EXPIRED, RS121_2024_ONE_TIME_CHANGE_OF_STATUS
    }

    /**
     * @param validity   the answer
     * @param validUntil the last day it is (or was) valid, when known
     * @param acceptedFor procedures an expired document is still accepted for
     * @param ground     why
     */
    public record Answer(Validity validity, LocalDate validUntil, List<Procedure> acceptedFor, Ground ground) {
        public boolean validForIdentification() {
            return validity == Validity.VALID;
        }
    }

    DocumentValidity(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R1");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        if (p.required("document", f.document())) f.document().check(p);
    }

    @Override
    Answer decide(Facts f, Trace t) {
        t.fact("document.type", f.document().type());
        t.fact("document.status", f.document().status());
        t.fact("document.expiryDate", f.document().expiryDate());
        return validity(f.document(), f.holder() == null ? Holder.UNKNOWN : f.holder(), t);
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2023, 11, 20),
                new Document(DocumentType.CPP, DocumentStatus.ACTIVE, LocalDate.of(2021, 10, 1), LocalDate.of(2022, 10, 1),
                        null, "VEN", Document.CppRegime.DS_010_2020_IN),
                null);
    }

    /**
     * R1 formula. DL 1350 art. 15 (identification of foreigners); DS 011-2024-IN (cancellation of the
     * CE: revoked documents); DS 003-2023-IN (CPP 2020 extension, 30 business days ending 4 Dec 2023);
     * RS 000121-2024-MIGRACIONES (one-time expired-passport change of status).
     */
    static Answer validity(Document d, Holder h, Trace t) {
        t.rule("R1");
        var asOf = t.asOf;
        if (d.status() == DocumentStatus.REVOKED || d.status() == DocumentStatus.REPLACED) {
            var ground = d.status() == DocumentStatus.REVOKED ? Ground.REVOKED : Ground.REPLACED;
            t.reason("validity." + ground.name(), d.type());
            return new Answer(Validity.NOT_VALID, null, List.of(), ground);
        }
        if (d.issueDate() != null && asOf.isBefore(d.issueDate())) {
            t.reason("validity.NOT_YET_ISSUED", d.type(), d.issueDate());
            return new Answer(Validity.NOT_VALID, null, List.of(), Ground.NOT_YET_ISSUED);
        }
        if (d.type() == DocumentType.FOREIGN_ID_CARD) {
            var countries = t.use("documents.foreign_id_card.countries");
            if (!countries.codes().contains(d.nationality())) {
                t.reason("validity.FOREIGN_ID_CARD_NOT_RECOGNISED", d.nationality(), countries.codes());
                return new Answer(Validity.NOT_VALID, null, List.of(), Ground.FOREIGN_ID_CARD_NOT_RECOGNISED);
            }
        }
        var expiry = d.expiryDate();
        if (expiry == null && d.type() == DocumentType.ASYLUM_SEEKER_CARD && d.status() != DocumentStatus.EXPIRED
            && t.use("documents.asylum_card.valid_until_decision").flag()) {
            t.reason("validity.VALID_UNTIL_ASYLUM_DECISION");
            return new Answer(Validity.VALID, null, List.of(), Ground.VALID_UNTIL_ASYLUM_DECISION);
        }
        if (expiry != null && !asOf.isAfter(expiry)) {
            t.reason("validity.WITHIN_VALIDITY", d.type(), expiry);
            return new Answer(Validity.VALID, expiry, List.of(), Ground.WITHIN_VALIDITY);
        }
        // Past the printed expiry (or the register says expired without a date).
        if (d.type() == DocumentType.CPP && expiry != null && cpp2020(d, t)) {
            var end = t.use("cpp2020.extended_until").date();
            var days = t.use("cpp2020.extension_business_days").integer();
            if (expiry.isBefore(end) && !asOf.isAfter(end)) {
                var first = t.businessDaysBefore(end, days - 1);
                if (!asOf.isBefore(first)) {
                    t.reason("validity.CPP_2020_EXTENSION", expiry, days, first, end);
                    return new Answer(Validity.VALID, end, List.of(), Ground.CPP_2020_EXTENSION);
                }
            }
        }
        if (d.type() == DocumentType.PASSPORT) {
            var inForce = t.book.value("passport.rs121_2024.in_force_from", asOf);
            if (!asOf.isBefore(inForce.date())) {
                t.use(inForce);
                var nationalities = t.use("passport.rs121_2024.nationalities");
                if (nationalities.codes().contains(d.nationality())) {
                    if (h.lastEntryDate() != null && h.lastEntryDate().isBefore(inForce.date())
                        && !Boolean.TRUE.equals(h.expiredPassportExceptionUsed())) {
                        t.fact("holder.lastEntryDate", h.lastEntryDate());
                        t.reason("validity.RS121_2024_ONE_TIME_CHANGE_OF_STATUS", expiry, h.lastEntryDate(), inForce.date());
                        return new Answer(Validity.EXPIRED_BUT_ACCEPTED, expiry, List.of(Procedure.CHANGE_OF_STATUS),
                                Ground.RS121_2024_ONE_TIME_CHANGE_OF_STATUS);
                    }
                    t.reason("validity.rs121_not_met", inForce.date());
                }
            }
        }
        t.reason("validity.EXPIRED", d.type(), expiry);
        return new Answer(Validity.EXPIRED, expiry, List.of(), Ground.EXPIRED);
    }

    /** Whether a CPP was issued under DS 010-2020-IN: as the facts say, else presumed from its issue date. */
    private static boolean cpp2020(Document d, Trace t) {
        if (d.cppRegime() != null) return d.cppRegime() == Document.CppRegime.DS_010_2020_IN;
        if (d.issueDate() == null) return false;
        var start = t.use("cpp2023.regime_start").date();
        return d.issueDate().isBefore(start);
    }
}
