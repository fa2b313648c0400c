package org.puente.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every decision of one rule set, by slug: what the server exposes at
 * {@code POST /api/v1/decisions/{slug}}.
 *
 * <pre>{@code
 * var decision = Decisions.current().get("hiring-limit");
 * var facts = jsonMapper.readValue(body, decision.factsType());   // Jackson 3 binds the facts record
 * Outcome<?> outcome = decision.evaluateObject(facts);            // FactsProblem names invalid fields
 * }</pre>
 */
public final class Decisions {
    private static final Map<String, Decisions> BY_VERSION = new ConcurrentHashMap<>();

    private final RuleBook book;
    private final Map<String, Decision<?, ?>> bySlug = new LinkedHashMap<>();
    private final DocumentValidity documentValidity;
    private final WorkPermission workPermission;
    private final HiringLimit hiringLimit;
    private final ContractTerm contractTerm;
    private final ResidenceRoute residenceRoute;
    private final ReturneeEligibility returneeEligibility;
    private final ReturneeCaps returneeCaps;
    private final ReturneeDeadline returneeDeadline;
    private final HealthInsurance healthInsurance;
    private final AcceptedDocuments acceptedDocuments;
    private final RightsSummary rightsSummary;

    private Decisions(RuleBook book) {
        this.book = book;
        documentValidity = add(new DocumentValidity(book));
        workPermission = add(new WorkPermission(book));
        hiringLimit = add(new HiringLimit(book));
        contractTerm = add(new ContractTerm(book));
        residenceRoute = add(new ResidenceRoute(book));
        returneeEligibility = add(new ReturneeEligibility(book));
        returneeCaps = add(new ReturneeCaps(book));
        returneeDeadline = add(new ReturneeDeadline(book));
        healthInsurance = add(new HealthInsurance(book));
        acceptedDocuments = add(new AcceptedDocuments(book));
        rightsSummary = add(new RightsSummary(book));
    }

    private <D extends Decision<?, ?>> D add(D d) {
        bySlug.put(d.slug(), d);
        return d;
    }

    /** The decisions of the current rule set. */
    public static Decisions current() {
        return of(RuleBook.load());
    }

    /** The decisions of a given rule set (e.g. to replay a stored decision with the version it recorded). */
    public static Decisions of(RuleBook book) {
        return BY_VERSION.computeIfAbsent(book.version().version(), v -> new Decisions(book));
    }

    /**
     * The decisions of a what-if rule set ({@link RuleBook#withScenario}), for simulations. Not cached:
     * a scenario lives as long as the caller keeps it.
     */
    public static Decisions forScenario(RuleBook scenario) {
        return new Decisions(scenario);
    }

    /** Every decision of the current rule set, in a stable order. */
    public static List<Decision<?, ?>> all() {
        return current().list();
    }

    public List<Decision<?, ?>> list() {
        return List.copyOf(bySlug.values());
    }

    public Optional<Decision<?, ?>> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The decision with that slug; {@link IllegalArgumentException} when there is none. */
    public Decision<?, ?> get(String slug) {
        var d = bySlug.get(slug);
        if (d == null) throw new IllegalArgumentException("no decision " + slug + "; known: " + bySlug.keySet());
        return d;
    }

    public RuleBook ruleBook() {
        return book;
    }

    public DocumentValidity documentValidity() {
        return documentValidity;
    }

    public WorkPermission workPermission() {
        return workPermission;
    }

    public HiringLimit hiringLimit() {
        return hiringLimit;
    }

    public ContractTerm contractTerm() {
        return contractTerm;
    }

    public ResidenceRoute residenceRoute() {
        return residenceRoute;
    }

    public ReturneeEligibility returneeEligibility() {
        return returneeEligibility;
    }

    public ReturneeCaps returneeCaps() {
        return returneeCaps;
    }

    public ReturneeDeadline returneeDeadline() {
        return returneeDeadline;
    }

    public HealthInsurance healthInsurance() {
        return healthInsurance;
    }

    public AcceptedDocuments acceptedDocuments() {
        return acceptedDocuments;
    }

    public RightsSummary rightsSummary() {
        return rightsSummary;
    }
}
