package org.puente.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R14 — can this person enrol in the Seguro Integral de Salud, and under which plan? SIS Gratuito
 * (DNI or valid CE, no other insurance, a target group), SIS Para Todos (residents with DNI or CE and
 * no other insurance), or the temporary enrolment of non-resident foreigners with TB or HIV (law of
 * Nov 2024). SIS for pregnant women and children under 5 regardless of status is unconfirmed and is
 * not granted here; the answer only notes it.
 */
public final class HealthInsurance extends BaseDecision<HealthInsurance.Facts, HealthInsurance.Answer> {
    public static final String SLUG = "health-insurance";

    /**
     * @param nationality      ISO alpha-3; {@code PER} means the person holds a DNI
     * @param documentType     a foreigner's document (or {@code null} with a sworn statement of identity)
     * @param documentValid    whether that document is valid today
     * @param residentInPeru   whether the person is resident (holds a residence status)
     * @param otherInsurance   whether another insurance already covers the essential plan
     * @param targetGroups     SIS Gratuito groups the person belongs to: {@code POVERTY}, {@code EXTREME_POVERTY},
     *                         {@code PREGNANT_OR_POSTPARTUM}, {@code CHILD_UNDER_5}, {@code FIREFIGHTER}
     * @param tbOrHivDiagnosis whether the person has a TB or HIV diagnosis
     */
    public record Facts(LocalDate asOf, String nationality, DocumentType documentType, Boolean documentValid, Boolean residentInPeru,
                        Boolean otherInsurance, List<String> targetGroups, Boolean tbOrHivDiagnosis) {
    }

    public enum Plan { SIS_GRATUITO, SIS_PARA_TODOS, SIS_TEMPORARY_TB_HIV, NONE }

    /**
     * @param plan          the first plan the person can join, in the order Gratuito, Para Todos, TB/HIV
     * @param eligiblePlans every plan the person can join
     * @param unmet         why a plan is out of reach ({@code OTHER_INSURANCE}, {@code DOCUMENT}, {@code TARGET_GROUP}, …)
     */
    public record Answer(Plan plan, List<Plan> eligiblePlans, List<String> unmet, List<Reason> notes) {
    }

    HealthInsurance(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R14");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        p.nationality("nationality", f.nationality());
        p.required("otherInsurance", f.otherInsurance());
        p.required("residentInPeru", f.residentInPeru());
        if (f.documentType() != null) p.required("documentValid", f.documentValid());
        p.noNulls("targetGroups", f.targetGroups());
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23), "VEN", DocumentType.CPP, true, false, false, List.of(), true);
    }

    /** SIS rules (trome.pe 2018; larepublica.pe 2019–2023); TB/HIV law of 5 Nov 2024 amending DL 1164 (infobae.com). */
    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R14");
        var eligible = new ArrayList<Plan>(3);
        var unmet = new ArrayList<String>();
        var notes = new ArrayList<Reason>();
        var peruvian = "PER".equals(f.nationality());
        var code = peruvian ? "DNI" : f.documentType() == null ? "SWORN_STATEMENT_OF_IDENTITY" : f.documentType().name();
        var valid = peruvian || Boolean.TRUE.equals(f.documentValid());
        var groups = f.targetGroups() == null ? List.<String>of() : f.targetGroups();
        t.fact("document", code);
        t.fact("otherInsurance", f.otherInsurance());
        t.fact("residentInPeru", f.residentInPeru());
        t.fact("targetGroups", groups);
        if (f.otherInsurance()) {
            unmet.add("OTHER_INSURANCE");
            t.reason("health.other_insurance");
            return new Answer(Plan.NONE, List.of(), List.copyOf(unmet), List.of());
        }
        var gDocs = t.use("sis.gratuito.documents").codes();
        var gDoc = valid && (gDocs.contains(code)
                || (f.documentType() == DocumentType.FOREIGN_ID_CARD && t.use("sis.gratuito.foreign_id_card_countries").codes().contains(f.nationality())));
        var targets = t.use("sis.gratuito.target_groups").codes();
        var inGroup = false;
        for (var g : groups) inGroup |= targets.contains(g);
        if (gDoc && inGroup) eligible.add(Plan.SIS_GRATUITO);
        else if (gDoc) unmet.add("SIS_GRATUITO:TARGET_GROUP");
        else unmet.add("SIS_GRATUITO:DOCUMENT");

        var pt = t.useIfInForce("sis.para_todos.documents");
        if (pt != null) {
            if (!(valid && pt.codes().contains(code))) unmet.add("SIS_PARA_TODOS:DOCUMENT");
            else if (!f.residentInPeru()) unmet.add("SIS_PARA_TODOS:RESIDENCE");
            else eligible.add(Plan.SIS_PARA_TODOS);
        }
        var tb = t.useIfInForce("sis.tb_hiv.documents");
        if (tb != null && Boolean.TRUE.equals(f.tbOrHivDiagnosis())) {
            var ce = f.documentType() == DocumentType.CE || f.documentType() == DocumentType.CE_REFUGEE;
            if (peruvian || ce || f.residentInPeru()) unmet.add("SIS_TEMPORARY_TB_HIV:RESIDENT");
            else if (!tb.codes().contains(code)) unmet.add("SIS_TEMPORARY_TB_HIV:DOCUMENT");
            else eligible.add(Plan.SIS_TEMPORARY_TB_HIV);
        }
        var plan = eligible.isEmpty() ? Plan.NONE : eligible.get(0);
        if (plan == Plan.NONE && !peruvian && !gDoc
            && (groups.contains("PREGNANT_OR_POSTPARTUM") || groups.contains("CHILD_UNDER_5"))) {
            var n = new Reason("health.note.pregnant_under5", List.of());
            notes.add(n);
            t.reason(n.key());
        }
        for (var p : eligible) t.reason("health.eligible." + p.name());
        if (eligible.isEmpty()) t.reason("health.none", unmet);
        return new Answer(plan, List.copyOf(eligible), List.copyOf(unmet), List.copyOf(notes));
    }
}
