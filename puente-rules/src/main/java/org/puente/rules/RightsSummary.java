package org.puente.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What one document entitles its holder to as of a date: work as an employee or self-employed,
 * SIS health insurance, a bank account, education and public procedures, each allowed, not allowed
 * or depending on named conditions, with its basis. The verification service answers from this;
 * it needs no other decision's output and carries no personal data.
 *
 * <p>The rights are those the document itself evidences: a document that is not valid on the date
 * gives none of them (the person may still hold them on another ground).
 */
public final class RightsSummary extends BaseDecision<RightsSummary.Facts, RightsSummary.Answer> {
    public static final String SLUG = "rights-summary";

    public record Facts(LocalDate asOf, Document document, Holder holder) {
    }

    public enum Right {
        WORK_EMPLOYEE, WORK_SELF_EMPLOYED, HEALTH_SIS, BANK_ACCOUNT, EDUCATION, PUBLIC_PROCEDURES
    }

    /**
     * @param dependsOn condition codes the right depends on (e.g. {@code TB_OR_HIV_DIAGNOSIS})
     * @param reason    the plain-language reason (render with {@link #explanation(Locale)})
     */
    public record RightStatus(Right right, Permission status, List<String> dependsOn, Reason reason, List<Source> basis,
                              Confidence confidence) {
        public String explanation(Locale locale) {
            return reason.text(locale);
        }
    }

    public record Answer(DocumentValidity.Validity documentValidity, LocalDate validUntil, List<RightStatus> rights) {
        public RightStatus right(Right right) {
            return rights.get(right.ordinal());
        }
    }

    RightsSummary(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R1", "R2", "R3", "R14", "R15");
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
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23),
                new Document(DocumentType.CPP, DocumentStatus.ACTIVE, LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1), null, "VEN", null),
                null);
    }

    @Override
    Answer decide(Facts f, Trace t) {
        var d = f.document();
        var holder = f.holder() == null ? Holder.UNKNOWN : f.holder();
        t.fact("document.type", d.type());
        t.fact("document.status", d.status());
        t.fact("document.expiryDate", d.expiryDate());
        if (d.calidad() != null) t.fact("document.calidad", d.calidad());
        var validity = DocumentValidity.validity(d, holder, t);
        var rights = new RightStatus[Right.values().length];
        if (validity.validity() != DocumentValidity.Validity.VALID) {
            var basis = t.book.rule("R1").sources();
            for (var r : Right.values()) {
                var status = r == Right.PUBLIC_PROCEDURES && validity.validity() == DocumentValidity.Validity.EXPIRED_BUT_ACCEPTED
                        ? new RightStatus(r, Permission.DEPENDS, List.of("CHANGE_OF_STATUS_ONLY"),
                                new Reason("rights.expired_but_accepted", List.of(d.type())), basis, Confidence.CONFIRMED)
                        : new RightStatus(r, Permission.NOT_ALLOWED, List.of(),
                                new Reason("rights.document_not_valid", List.of(d.type(), validity.validity())), basis, Confidence.CONFIRMED);
                rights[r.ordinal()] = status;
            }
            t.reason("rights.document_not_valid", d.type(), validity.validity());
            return new Answer(validity.validity(), validity.validUntil(), List.of(rights));
        }
        var work = WorkPermission.work(d, holder, List.of(), validity, t);
        rights[Right.WORK_EMPLOYEE.ordinal()] = of(Right.WORK_EMPLOYEE, work.employee());
        rights[Right.WORK_SELF_EMPLOYED.ordinal()] = of(Right.WORK_SELF_EMPLOYED, work.independent());
        rights[Right.HEALTH_SIS.ordinal()] = health(d, t);
        rights[Right.BANK_ACCOUNT.ordinal()] = accepted(Right.BANK_ACCOUNT, AcceptedDocuments.Sector.BANK, d, t);
        rights[Right.EDUCATION.ordinal()] = education(d, t);
        rights[Right.PUBLIC_PROCEDURES.ordinal()] = accepted(Right.PUBLIC_PROCEDURES, AcceptedDocuments.Sector.PUBLIC_OFFICE, d, t);
        return new Answer(validity.validity(), validity.validUntil(), List.of(rights));
    }

    private static RightStatus of(Right right, Entitlement e) {
        return new RightStatus(right, e.status(), e.dependsOn(), e.reason(), e.basis(), e.confidence());
    }

    /**
     * R14 in brief: a CE (resident) can join SIS Para Todos with no other insurance (SIS Gratuito if in
     * a target group); documents on the TB/HIV law's list allow temporary enrolment with a TB or HIV
     * diagnosis. The unconfirmed pregnant-women and under-5 rule is not applied.
     */
    static RightStatus health(Document d, Trace t) {
        t.rule("R14");
        var paraTodos = t.useIfInForce("sis.para_todos.documents");
        if (paraTodos != null && paraTodos.codes().contains(d.type().name())) {
            return status(Right.HEALTH_SIS, Permission.DEPENDS, List.of("NO_OTHER_INSURANCE"), "rights.sis.resident", d, paraTodos, t);
        }
        var gratuito = t.use("sis.gratuito.documents");
        if (gratuito.codes().contains(d.type().name())) {
            return status(Right.HEALTH_SIS, Permission.DEPENDS, List.of("TARGET_GROUP", "NO_OTHER_INSURANCE"), "rights.sis.gratuito", d, gratuito, t);
        }
        var tbHiv = t.useIfInForce("sis.tb_hiv.documents");
        if (tbHiv != null && tbHiv.codes().contains(d.type().name())) {
            return status(Right.HEALTH_SIS, Permission.DEPENDS, List.of("TB_OR_HIV_DIAGNOSIS", "NO_OTHER_INSURANCE"), "rights.sis.tb_hiv", d, tbHiv, t);
        }
        return status(Right.HEALTH_SIS, Permission.NOT_ALLOWED, List.of(), "rights.sis.none", d, gratuito, t);
    }

    private static RightStatus accepted(Right right, AcceptedDocuments.Sector sector, Document d, Trace t) {
        var e = AcceptedDocuments.acceptance(sector, d.type(), d.nationality(), t);
        var status = switch (e.acceptance()) {
            case ACCEPTED_BY_NORM -> Permission.ALLOWED;
            case RECOMMENDED, NOT_COVERED -> Permission.DEPENDS;
        };
        var depends = status == Permission.ALLOWED ? List.<String>of()
                : List.of(sector == AcceptedDocuments.Sector.BANK ? "BANK_ACCEPTS_DOCUMENT" : "ENTITY_ACCEPTS_DOCUMENT");
        return new RightStatus(right, status, depends, e.reason(), List.of(e.basis()), e.confidence());
    }

    private static RightStatus education(Document d, Trace t) {
        var v = t.use("rights.education.documents");
        if (v.codes().contains(d.type().name())) {
            return status(Right.EDUCATION, Permission.ALLOWED, List.of(), "rights.education.allowed", d, v, t);
        }
        t.unconfirmed();
        return new RightStatus(Right.EDUCATION, Permission.DEPENDS, List.of("NOT_SETTLED"),
                new Reason("rights.education.not_settled", List.of(d.type())), List.of(v.source()), Confidence.UNCONFIRMED);
    }

    private static RightStatus status(Right right, Permission p, List<String> depends, String key, Document d, ParameterValue v, Trace t) {
        var r = new Reason(key, List.of(d.type()));
        t.reason(key, d.type());
        return new RightStatus(right, p, depends, r, List.of(v.source()), v.confidence());
    }
}
