package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R15 — which identity documents a bank, a public office or a health service may accept. Advisory:
 * only DL 1350 art. 15 and sector rules (SBS 2020, the SIS TB/HIV law of 2024) are cited; no
 * general rule obliging every entity to accept the CPP or the asylum-seeker card was found.
 */
public final class AcceptedDocuments extends BaseDecision<AcceptedDocuments.Facts, AcceptedDocuments.Answer> {
    public static final String SLUG = "accepted-documents";

    public enum Sector { BANK, PUBLIC_OFFICE, HEALTH }

    public enum Acceptance {
        /** A norm says the document identifies its holder (or must be accepted) in this sector. */
        ACCEPTED_BY_NORM,
        /** The sector's authority urges acceptance; not binding. */
        RECOMMENDED,
        /** No rule found either way: the entity decides. */
        NOT_COVERED
    }

    /**
     * @param asOf         the date of the question
     * @param sector       who is asking
     * @param documentType optional: one document; when empty, every document type is answered
     * @param nationality  optional: the holder's nationality (for foreign ID cards)
     */
    public record Facts(LocalDate asOf, Sector sector, DocumentType documentType, String nationality) {
    }

    /**
     * @param scope what the acceptance is limited to (e.g. {@code SIS_TB_HIV_ENROLMENT}), or null
     */
    public record Entry(DocumentType documentType, Acceptance acceptance, String scope, Reason reason, Source basis,
                        Confidence confidence) {
    }

    public record Answer(Sector sector, List<Entry> documents, List<Reason> notes) {
    }

    AcceptedDocuments(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R15");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        p.required("sector", f.sector());
        if (f.nationality() != null) p.nationality("nationality", f.nationality());
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23), Sector.BANK, null, null);
    }

    @Override
    Answer decide(Facts f, Trace t) {
        t.fact("sector", f.sector());
        var types = f.documentType() == null ? List.of(DocumentType.values()) : List.of(f.documentType());
        var out = new ArrayList<Entry>(types.size());
        for (var type : types) out.add(acceptance(f.sector(), type, f.nationality(), t));
        var notes = new ArrayList<Reason>();
        if (f.sector() == Sector.BANK) {
            if (t.useIfInForce("accepted.bank.sbs_2020") != null) notes.add(note(t, "accepted.note.constancia"));
            if (t.useIfInForce("accepted.bank.sbs_2024_draft") != null) notes.add(note(t, "accepted.note.sbs_2024_draft"));
        }
        if (f.sector() == Sector.PUBLIC_OFFICE) notes.add(note(t, "accepted.note.no_general_guideline"));
        return new Answer(f.sector(), List.copyOf(out), List.copyOf(notes));
    }

    private static Reason note(Trace t, String key) {
        t.reason(key);
        return new Reason(key, List.of());
    }

    /**
     * R15 formula. DL 1350 art. 15 (CE, refugee CE and passport identify a foreigner; a foreign ID card
     * where treaties recognise it; CPP and PTP as Migraciones identity documents, unconfirmed);
     * Oficio Múltiple 13323-2020-SBS (banks urged to accept PTP, CPP, CE and the asylum-seeker card);
     * SIS rules and the TB/HIV law of Nov 2024 (health).
     */
    static Entry acceptance(Sector sector, DocumentType type, String nationality, Trace t) {
        t.rule("R15");
        if (sector == Sector.HEALTH) return health(type, t);
        var art15 = t.use("accepted.identity.dl1350_art15");
        if (art15.codes().contains(type.name())) {
            return entry(type, Acceptance.ACCEPTED_BY_NORM, null, "accepted.art15", art15, t);
        }
        if (type == DocumentType.FOREIGN_ID_CARD) {
            var countries = t.use("documents.foreign_id_card.countries");
            if (nationality == null) {
                return entry(type, Acceptance.ACCEPTED_BY_NORM, "ANDEAN_COUNTRIES_ONLY", "accepted.foreign_id_card", countries, t);
            }
            if (countries.codes().contains(nationality)) {
                return entry(type, Acceptance.ACCEPTED_BY_NORM, null, "accepted.foreign_id_card", countries, t);
            }
            return entry(type, Acceptance.NOT_COVERED, null, "accepted.foreign_id_card.not_recognised", countries, t);
        }
        if (sector == Sector.BANK) {
            var sbs = t.useIfInForce("accepted.bank.sbs_2020");
            if (sbs != null && sbs.codes().contains(type.name())) {
                return entry(type, Acceptance.RECOMMENDED, null, "accepted.sbs_2020", sbs, t);
            }
        }
        var migraciones = t.use("accepted.identity.migraciones_documents");
        if (migraciones.codes().contains(type.name())) {
            return entry(type, Acceptance.ACCEPTED_BY_NORM, null, "accepted.migraciones_document", migraciones, t);
        }
        return entry(type, Acceptance.NOT_COVERED, null, "accepted.not_covered", art15, t);
    }

    private static Entry health(DocumentType type, Trace t) {
        var sis = t.use("sis.gratuito.documents");
        if (sis.codes().contains(type.name())) {
            return entry(type, Acceptance.ACCEPTED_BY_NORM, null, "accepted.sis", sis, t);
        }
        var tbHiv = t.useIfInForce("sis.tb_hiv.documents");
        if (tbHiv != null && tbHiv.codes().contains(type.name())) {
            return entry(type, Acceptance.ACCEPTED_BY_NORM, "SIS_TB_HIV_ENROLMENT", "accepted.sis_tb_hiv", tbHiv, t);
        }
        return entry(type, Acceptance.NOT_COVERED, null, "accepted.not_covered", sis, t);
    }

    private static Entry entry(DocumentType type, Acceptance a, String scope, String key, ParameterValue basis, Trace t) {
        var r = new Reason(key, List.of(type));
        t.reason(key, type);
        return new Entry(type, a, scope, r, basis.source(), basis.confidence());
    }
}
