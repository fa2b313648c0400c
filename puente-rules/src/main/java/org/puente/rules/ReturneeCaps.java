package org.puente.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R12 — are the goods a returnee declares within the Ley 30001 one-time tax-exemption caps (Ley 31827:
 * household goods USD 50,000, discrepancy flagged; one vehicle USD 50,000 at the SUNAT table value;
 * work equipment USD 350,000 with a project profile)?
 */
public final class ReturneeCaps extends BaseDecision<ReturneeCaps.Facts, ReturneeCaps.Answer> {
    public static final String SLUG = "returnee-caps";

    /** Declared values in US dollars; an item not brought is left empty. */
    public record Facts(LocalDate asOf, BigDecimal householdGoodsUsd, BigDecimal vehicleUsd, BigDecimal workEquipmentUsd,
                        Boolean projectProfilePresent) {
    }

    public enum Kind { HOUSEHOLD_GOODS, VEHICLE, WORK_EQUIPMENT }

    /**
     * @param excess     how much the declared value exceeds the cap (0 when within)
     * @param conditions what else the exemption needs ({@code PROJECT_PROFILE})
     */
    public record Item(Kind kind, BigDecimal declared, Amount cap, boolean withinCap, BigDecimal excess, List<String> conditions,
                       Confidence confidence) {
    }

    /** @param regimeInForce false between the lapse of the original incentives (Aug 2016) and Ley 31827 */
    public record Answer(boolean regimeInForce, boolean allWithinCaps, List<Item> items) {
    }

    ReturneeCaps(RuleBook book) {
        super(book, SLUG, Facts.class, Answer.class, "R12");
    }

    @Override
    LocalDate asOf(Facts f) {
        return f.asOf();
    }

    @Override
    void check(Facts f, Problems p) {
        p.required("asOf", f.asOf());
        p.notNegative("householdGoodsUsd", f.householdGoodsUsd());
        p.notNegative("vehicleUsd", f.vehicleUsd());
        p.notNegative("workEquipmentUsd", f.workEquipmentUsd());
    }

    @Override
    public Facts exampleFacts() {
        return new Facts(LocalDate.of(2026, 11, 23), new BigDecimal("42000"), new BigDecimal("55000"), null, null);
    }

    /** Ley 31827 caps (gob.pe/80268; ega.com.pe; aduani.com); 2013 caps of Ley 30001 until Aug 2016. */
    @Override
    Answer decide(Facts f, Trace t) {
        t.rule("R12");
        var household = t.useIfInForce("returnee.cap.household_goods");
        var vehicle = t.useIfInForce("returnee.cap.vehicle");
        var equipment = t.useIfInForce("returnee.cap.work_equipment");
        if (household == null || vehicle == null || equipment == null) {
            t.reason("caps.no_regime", t.asOf);
            return new Answer(false, false, List.of());
        }
        var items = new ArrayList<Item>(3);
        if (f.householdGoodsUsd() != null) items.add(item(Kind.HOUSEHOLD_GOODS, f.householdGoodsUsd(), household, List.of(), t));
        if (f.vehicleUsd() != null) items.add(item(Kind.VEHICLE, f.vehicleUsd(), vehicle, List.of(), t));
        if (f.workEquipmentUsd() != null) {
            var needsProfile = t.use("returnee.work_equipment_requires_project_profile").flag();
            if (needsProfile && !Boolean.TRUE.equals(f.projectProfilePresent())) t.reason("caps.project_profile");
            items.add(item(Kind.WORK_EQUIPMENT, f.workEquipmentUsd(), equipment, needsProfile ? List.of("PROJECT_PROFILE") : List.of(), t));
        }
        var all = true;
        for (var i : items) all &= i.withinCap();
        return new Answer(true, all, List.copyOf(items));
    }

    private static Item item(Kind kind, BigDecimal declared, ParameterValue cap, List<String> conditions, Trace t) {
        var limit = cap.amount();
        var within = declared.compareTo(limit.amount()) <= 0;
        var excess = within ? BigDecimal.ZERO : declared.subtract(limit.amount());
        t.fact(kind.name(), declared);
        t.reason(within ? "caps.within" : "caps.over", kind, declared, limit, excess);
        return new Item(kind, declared, limit, within, excess, conditions, cap.confidence());
    }
}
