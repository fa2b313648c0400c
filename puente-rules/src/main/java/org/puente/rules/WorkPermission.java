package org.puente.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * R2, R3, R4 — may the holder of this document work as an employee, or independently, and which
 * contract procedure applies with MTPE (none, presentation of an excepted contract, SIVICE
 * approval, SIVITMA registration)?
 */
public final class WorkPermission extends BaseDecision<WorkPermission.Facts, WorkPermission.Answer> {
    public static final String SLUG = "work-permission";

    /**
     * @param asOf              the date of the question
     * @param document          the holder's document
     * @param holder            optional holder facts (asylum work authorisation)
     * @param exemptions        DL 689 art. 3 exceptions or art. 6 exonerations claimed for the worker
     *                          ({@code PERUVIAN_SPOUSE}, {@code SPECIALIST}, …); may be empty
     * @param remoteFromAbroad  whether the worker works remotely from abroad (Informe 0077-2021-MTPE)
     */
    public record Facts(LocalDate asOf, Document document, Holder holder, List<String> exemptions, Boolean remoteFromAbroad) {
    }

    public enum ContractProcedure {
        /** No MTPE procedure (PTP/APTE-P while valid, investor in own company). */
        NONE,
        /** SIVICE module "Presentación de Contrato de Trabajo de Personal Exceptuado" (DL 689 art. 3). */
        PRESENTATION_OF_EXCEPTED_CONTRACT,
        /** Contract approval in SIVICE (within the limits, or exonerated under art. 6). */
        SIVICE_APPROVAL,
        /** Andean migrant worker: registration in SIVITMA. */
        SIVITMA_REGISTRATION,
        /** The holder may not be hired. */
        NOT_APPLICABLE
    }

    private static final Reason[] CONTRACT_REASONS = new Reason[ContractProcedure.values().length];

    static {
        for (var p : ContractProcedure.values()) CONTRACT_REASONS[p.ordinal()] = new Reason("contract." + p.name(), List.of());
    }

    public record Answer(Entitlement employee, Entitlement independent, ContractProcedure contractProcedure,
                         Reason contractReason, DocumentValidity.Validity documentValidity) {
    }

    WorkPermission(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R2", "R3", "R4");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        if (p.required("document", f.document())) f.document().check(p);
        HiringLimit.checkExemptions("exemptions", f.exemptions(), book, p);
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23),
                new Document(DocumentType.ASYLUM_SEEKER_CARD, DocumentStatus.ACTIVE, LocalDate.of(2025, 6, 1), null, null, "VEN", null),
                new Holder(true, null, null), List.of(), false);
    }

    @Override
    Answer decide(Facts f, Trace t) {
        t.fact("document.type", f.document().type());
        t.fact("document.calidad", f.document().calidad());
        var holder = f.holder() == null ? Holder.UNKNOWN : f.holder();
        var exemptions = f.exemptions() == null ? List.<String>of() : f.exemptions();
        if (Boolean.TRUE.equals(f.remoteFromAbroad())) return remote(exemptions, t);
        var validity = DocumentValidity.validity(f.document(), holder, t);
        return work(f.document(), holder, exemptions, validity, t);
    }

    /** Informe 0077-2021-MTPE: remote work from abroad needs approval and counts, but no enabling status. */
    private static Answer remote(List<String> exemptions, Trace t) {
        t.rule("R2").rule("R4");
        var v = t.use("r4.remote_from_abroad");
        t.reason("work.remote");
        var employee = new Entitlement(Permission.ALLOWED, List.of(), new Reason("work.remote", List.of()), List.of(v.source()), v.confidence());
        var independent = new Entitlement(Permission.DEPENDS, List.of("NOT_SETTLED"), new Reason("work.remote_independent", List.of()),
                List.of(v.source()), Confidence.UNCONFIRMED);
        t.unconfirmed();
        var procedure = exemptions.isEmpty() ? ContractProcedure.SIVICE_APPROVAL : procedureForExemptions(exemptions, t);
        return new Answer(employee, independent, procedure, CONTRACT_REASONS[procedure.ordinal()], null);
    }

    /**
     * R2/R3 formula: the document must be valid (R1); then the scope comes from the document type
     * (CPP, PTP, APTE-P, refugee CE, asylum-seeker card) or from the calidad migratoria (CE,
     * passport, foreign ID card), each a parameter with its source. DL 1350 arts. 29.1–29.2;
     * DS 001-2018-IN; RM 176-2018-TR; Ley 27891 (asylum work authorisation).
     */
    static Answer work(Document d, Holder h, List<String> exemptions, DocumentValidity.Answer validity, Trace t) {
        t.rule("R2").rule("R3");
        if (validity.validity() != DocumentValidity.Validity.VALID) {
            var r = new Reason("work.document_not_valid", List.of(d.type(), validity.validity()));
            t.reason(r.key(), d.type(), validity.validity());
            var no = new Entitlement(Permission.NOT_ALLOWED, List.of(), r, t.book.rule("R1").sources(), Confidence.CONFIRMED);
            return new Answer(no, no, ContractProcedure.NOT_APPLICABLE, CONTRACT_REASONS[ContractProcedure.NOT_APPLICABLE.ordinal()],
                    validity.validity());
        }
        var employee = scope("employee", d, h, t);
        var independent = scope("independent", d, h, t);
        ContractProcedure procedure;
        Reason contractReason;
        if (employee.status() == Permission.NOT_ALLOWED) {
            procedure = ContractProcedure.NOT_APPLICABLE;
        } else {
            procedure = procedure(d, exemptions, t);
        }
        contractReason = CONTRACT_REASONS[procedure.ordinal()];
        t.reason(contractReason.key());
        return new Answer(employee, independent, procedure, contractReason, validity.validity());
    }

    private static final String[][] REASONS = {
            {"work.employee.ALLOWED", "work.employee.NOT_ALLOWED", "work.employee.DEPENDS"},
            {"work.independent.ALLOWED", "work.independent.NOT_ALLOWED", "work.independent.DEPENDS"}};
    private static final String[][] BY_DOCUMENT = ids("by_document", DocumentType.values());
    private static final String[][] BY_CALIDAD = ids("by_calidad", CalidadMigratoria.values());

    private static String[][] ids(String group, Enum<?>[] codes) {
        var out = new String[2][codes.length];
        for (var c : codes) {
            out[0][c.ordinal()] = "work.employee." + group + "." + c.name();
            out[1][c.ordinal()] = "work.independent." + group + "." + c.name();
        }
        return out;
    }

    private static Entitlement scope(String kind, Document d, Holder h, Trace t) {
        int k = kind.equals("employee") ? 0 : 1;
        String id;
        boolean byCalidad = false;
        switch (d.type()) {
            case CE_REFUGEE, CPP, PTP, APTE_P, ASYLUM_SEEKER_CARD -> id = BY_DOCUMENT[k][d.type().ordinal()];
            default -> {
                if (d.calidad() == null) {
                    var r = new Reason("work.calidad_needed", List.of(d.type()));
                    t.reason(r.key(), d.type());
                    return new Entitlement(Permission.DEPENDS, List.of("CALIDAD_MIGRATORIA"), r, t.book.rule("R2").sources(), Confidence.CONFIRMED);
                }
                id = BY_CALIDAD[k][d.calidad().ordinal()];
                byCalidad = true;
            }
        }
        var v = t.use(id);
        var value = v.string();
        // Values are ALLOWED, NOT_ALLOWED or DEPENDS:<condition>.
        Permission status;
        String condition = null;
        if (value.startsWith("DEPENDS:")) {
            status = Permission.DEPENDS;
            condition = value.substring("DEPENDS:".length());
            if (condition.equals("ASYLUM_WORK_AUTHORISATION") && h.asylumWorkAuthorisation() != null) {
                status = h.asylumWorkAuthorisation() ? Permission.ALLOWED : Permission.NOT_ALLOWED;
                t.fact("holder.asylumWorkAuthorisation", h.asylumWorkAuthorisation());
                condition = null;
            }
        } else {
            status = Permission.valueOf(value);
        }
        var subject = byCalidad ? (Object) d.calidad() : d.type();
        var r = condition == null
                ? new Reason(REASONS[k][status.ordinal()], List.of(subject))
                : new Reason(REASONS[k][Permission.DEPENDS.ordinal()], List.of(subject, condition));
        t.reason(r.key(), r.args().toArray());
        return new Entitlement(status, condition == null ? List.of() : List.of(condition), r, List.of(v.source()), v.confidence());
    }

    /** R4 formula: RM 291-2018-TR (SIVICE), RM 176-2018-TR (PTP/APTE-P), Decision 545 (SIVITMA), DL 689 arts. 3 and 6. */
    static ContractProcedure procedure(Document d, List<String> exemptions, Trace t) {
        t.rule("R4");
        if (!exemptions.isEmpty()) return procedureForExemptions(exemptions, t);
        if (d.type() == DocumentType.PTP || d.type() == DocumentType.APTE_P) {
            t.use("r4.approval.ptp_apte_p");
            return ContractProcedure.NONE;
        }
        if (d.type() == DocumentType.CPP) {
            if (t.use("r4.approval.cpp_like_ptp").flag()) return ContractProcedure.NONE;
            return ContractProcedure.valueOf(t.use("r4.approval.general").string());
        }
        if (d.calidad() == CalidadMigratoria.INVERSIONISTA) {
            t.use("dl689.not_counted_calidades");
            return ContractProcedure.NONE;
        }
        var andean = t.book.value("r4.approval.andean", t.asOf);
        if (d.nationality() != null && andean.codes().contains(d.nationality())) {
            t.use(andean);
            return ContractProcedure.SIVITMA_REGISTRATION;
        }
        var group = HiringLimit.unsettledGroup(d.type(), d.calidad(), d.nationality(), t);
        if (group != null) t.use("r4.approval.unsettled_groups");
        return ContractProcedure.valueOf(t.use("r4.approval.general").string());
    }

    private static ContractProcedure procedureForExemptions(List<String> exemptions, Trace t) {
        var art3 = false;
        for (var code : exemptions) {
            var v = t.use("dl689.exemption." + code);
            if ("3".equals(v.map().get("article"))) art3 = true;
        }
        return art3 ? ContractProcedure.valueOf(t.use("r4.approval.excepted").string())
                    : ContractProcedure.valueOf(t.use("r4.approval.general").string());
    }
}
