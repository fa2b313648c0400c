package org.puente.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One published set of Peru's rule parameters, read from
 * {@code org/puente/rules/rulesets/<version>/}: the parameter files, the rules catalogue, and the
 * holiday calendar behind {@link BusinessDays}. Published versions are listed with their content
 * hash in {@code rulesets/index.json}; a published version's files are never edited, a change is a
 * new version (see the module README), so a stored decision can be replayed with the set it used.
 *
 * <p>Loaded sets are immutable and cached; loading is thread-safe.
 */
public final class RuleBook {
    private static final String ROOT = "/org/puente/rules/rulesets/";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Map<String, RuleBook> LOADED = new ConcurrentHashMap<>();

    private final RuleSetVersion version;
    private final LocalDate published;
    private final Map<String, Parameter> parameters;
    private final Map<String, Rule> rules;
    private final BusinessDays businessDays;
    private final List<String> exemptionCodes;
    private final Map<String, Parameter> exemptions = new java.util.HashMap<>();
    private static final String EXEMPTION = "dl689.exemption.";

    private RuleBook(RuleSetVersion version, LocalDate published, Map<String, Parameter> parameters,
                     Map<String, Rule> rules) {
        this.version = version;
        this.published = published;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.rules = Collections.unmodifiableMap(rules);
        this.businessDays = new BusinessDays(parameters.get(BusinessDays.HOLIDAYS));
        var codes = new ArrayList<String>();
        for (var p : parameters.values()) {
            if (p.id().startsWith(EXEMPTION)) {
                codes.add(p.id().substring(EXEMPTION.length()));
                exemptions.put(p.id().substring(EXEMPTION.length()), p);
            }
        }
        this.exemptionCodes = List.copyOf(codes);
    }

    /** The current rule set (the one {@code rulesets/index.json} names as current). */
    public static RuleBook load() {
        return load(currentVersion());
    }

    /** A published rule set by version, e.g. the one a stored decision records. */
    public static RuleBook load(String version) {
        return LOADED.computeIfAbsent(version, RuleBook::read);
    }

    /** The version {@link #load()} loads. */
    public static String currentVersion() {
        return index().path("current").asString();
    }

    /** Every published version with the content hash recorded when it was published. */
    public static List<RuleSetVersion> published() {
        var out = new ArrayList<RuleSetVersion>();
        for (var v : index().path("versions")) {
            out.add(new RuleSetVersion(v.path("version").asString(), v.path("contentHash").asString()));
        }
        return List.copyOf(out);
    }

    public RuleSetVersion version() {
        return version;
    }

    /** The date the set was published (the date its parameters were last reviewed). */
    public LocalDate publishedOn() {
        return published;
    }

    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    public Parameter parameter(String id) {
        var p = parameters.get(id);
        if (p == null) throw new IllegalArgumentException("no parameter " + id + " in rule set " + version.version());
        return p;
    }

    public boolean hasParameter(String id) {
        return parameters.containsKey(id);
    }

    /** The DL 689 exemption codes this rule set knows ({@code dl689.exemption.<CODE>}). */
    public List<String> exemptionCodes() {
        return exemptionCodes;
    }

    /** The DL 689 exemption parameter of a code ({@code PERUVIAN_SPOUSE} → {@code dl689.exemption.PERUVIAN_SPOUSE}), or null. */
    public Parameter exemption(String code) {
        return exemptions.get(code);
    }

    /** The value of a parameter in force on a date. */
    public ParameterValue value(String id, LocalDate date) {
        var v = parameter(id).at(date);
        if (v == null) throw new NoRuleInForce(id, date);
        return v;
    }

    /** The value in force on a date, or null when none is (for rules that apply only in a period). */
    public ParameterValue valueOrNull(String id, LocalDate date) {
        return parameter(id).at(date);
    }

    public Collection<Rule> rules() {
        return rules.values();
    }

    public Rule rule(String id) {
        var r = rules.get(id);
        if (r == null) throw new IllegalArgumentException("no rule " + id + " in rule set " + version.version());
        return r;
    }

    public BusinessDays businessDays() {
        return businessDays;
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonNode index() {
        return tree(bytes(ROOT + "index.json"), "index.json");
    }

    private static RuleBook read(String version) {
        var dir = ROOT + version + "/";
        var manifestBytes = bytes(dir + "ruleset.json");
        var manifest = tree(manifestBytes, "ruleset.json");
        var digest = sha256();
        feed(digest, "ruleset.json", manifestBytes);
        var parameters = new LinkedHashMap<String, Parameter>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (var f : manifest.path("files")) {
            var name = f.asString();
            var content = bytes(dir + name);
            feed(digest, name, content);
            var root = tree(content, name);
            for (var r : root.path("rules")) {
                var rule = rule(r);
                if (rules.put(rule.id(), rule) != null) throw new IllegalStateException("rule " + rule.id() + " twice");
            }
            for (var p : root.path("parameters")) {
                var parameter = parameter(p, name);
                if (parameters.put(parameter.id(), parameter) != null) {
                    throw new IllegalStateException("parameter " + parameter.id() + " twice");
                }
            }
        }
        var hash = HexFormat.of().formatHex(digest.digest());
        var declared = manifest.path("version").asString();
        if (!version.equals(declared)) {
            throw new IllegalStateException("rule set folder " + version + " declares version " + declared);
        }
        return new RuleBook(new RuleSetVersion(version, hash), date(manifest.path("published")), parameters, rules);
    }

    private static Rule rule(JsonNode r) {
        var sources = new ArrayList<Source>();
        for (var s : r.path("sources")) sources.add(source(s));
        return new Rule(r.path("id").asString(), text(r.path("title")), List.copyOf(sources),
                confidence(r.path("confidence"), r.path("id").asString()));
    }

    private static Parameter parameter(JsonNode p, String file) {
        var id = p.path("id").asString();
        if (id.isEmpty()) throw new IllegalStateException("a parameter without id in " + file);
        var description = text(p.path("description"));
        var type = p.path("type").asString();
        var unit = p.path("unit").asString(null);
        var values = new ArrayList<ParameterValue>();
        for (var v : p.path("values")) {
            var from = date(v.path("valid_from"));
            var to = date(v.path("valid_to"));
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalStateException(id + ": valid_to before valid_from");
            }
            values.add(new ParameterValue(id, description, unit, from, to, typed(type, v.path("value"), id),
                    source(v.path("source")), confidence(v.path("confidence"), id), v.path("note").asString(null)));
        }
        if (values.isEmpty()) throw new IllegalStateException(id + " has no values");
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (overlap(values.get(i), values.get(j))) throw new IllegalStateException(id + ": values overlap in time");
            }
        }
        return new Parameter(id, description, type, unit, List.copyOf(values));
    }

    private static boolean overlap(ParameterValue a, ParameterValue b) {
        var aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
        var aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
        var bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
        var bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }

    private static Object typed(String type, JsonNode v, String id) {
        if (v.isMissingNode() || v.isNull()) throw new IllegalStateException(id + ": a value is missing");
        return switch (type) {
            case "decimal" -> v.decimalValue();
            case "integer" -> v.intValue();
            case "date" -> LocalDate.parse(v.asString());
            case "flag" -> v.booleanValue();
            case "text" -> v.asString();
            case "amount" -> new Amount(v.path("amount").decimalValue(), v.path("currency").asString());
            case "codes" -> {
                var list = new ArrayList<String>();
                for (var c : v) list.add(c.asString());
                yield new Codes(list);
            }
            case "dates" -> {
                var list = new ArrayList<LocalDate>();
                for (var c : v) list.add(LocalDate.parse(c.asString()));
                yield List.copyOf(list);
            }
            case "map" -> {
                var map = new LinkedHashMap<String, String>();
                for (var e : v.properties()) map.put(e.getKey(), e.getValue().asString());
                yield Collections.unmodifiableMap(map);
            }
            default -> throw new IllegalStateException(id + ": unknown type " + type);
        };
    }

    private static Source source(JsonNode s) {
        if (s.isMissingNode() || s.path("norm").asString("").isEmpty()) {
            throw new IllegalStateException("a value or rule without a source norm");
        }
        return new Source(s.path("norm").asString(), s.path("article").asString(null), s.path("where").asString(null));
    }

    private static Confidence confidence(JsonNode c, String id) {
        return switch (c.asString("")) {
            case "confirmed" -> Confidence.CONFIRMED;
            case "unconfirmed" -> Confidence.UNCONFIRMED;
            default -> throw new IllegalStateException(id + ": confidence must be confirmed or unconfirmed");
        };
    }

    private static Text text(JsonNode t) {
        return new Text(t.path("es").asString(), t.path("en").asString());
    }

    private static LocalDate date(JsonNode d) {
        return d.isMissingNode() || d.isNull() ? null : LocalDate.parse(d.asString());
    }

    private static JsonNode tree(byte[] content, String name) {
        try {
            return JSON.readTree(content);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read rule file " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no rule set file " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void feed(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        digest.update((byte) 0);
    }

    // ---- What-if rule sets, for simulations ------------------------------------------------------

    /**
     * Parameters no published rule set has, because the law has no such rule, but that formulas
     * read when a scenario sets them: {@code dl689.minimum_foreign_workers} lets an employer have
     * that many counted foreign workers whatever the 20 % / 30 % shares (a policy option for micro
     * and small firms).
     */
    public static final Map<String, String> SCENARIO_PARAMETERS = Map.of(HiringLimit.MINIMUM_FOREIGN_WORKERS, "integer");

    /**
     * A what-if copy of this rule set for simulations: each named parameter takes the given value on
     * every date, cited as the scenario (norm {@code "Puente scenario"}, article = {@code name}) and
     * flagged unconfirmed, so every answer evaluated with it says it is not the law. Its version is
     * {@code <version>+scenario.<name>} with a hash over this set's hash and the values, so a
     * simulated answer is never mistaken for a published one. It is not cached or loadable by version:
     * evaluate with {@link Decisions#forScenario(RuleBook)}.
     *
     * @param values by parameter id: a {@link java.math.BigDecimal} (or any number) for a decimal, an
     *               integer for an integer, a Boolean for a flag, a String for a text, a list of strings
     *               for codes. Shares must be above 0 and at most 1.
     * @throws IllegalArgumentException naming an unknown parameter or a value of the wrong type or range
     */
    public RuleBook withScenario(String name, Map<String, ?> values) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,60}")) {
            throw new IllegalArgumentException("a scenario name is 1 to 60 letters, digits, '.', '_' or '-'");
        }
        var source = new Source("Puente scenario", name, "what-if value for a simulation, not the law");
        var changed = new LinkedHashMap<>(parameters);
        var digest = sha256();
        digest.update(version.contentHash().getBytes(StandardCharsets.UTF_8));
        for (var e : new java.util.TreeMap<String, Object>(values).entrySet()) {
            var id = e.getKey();
            var existing = parameters.get(id);
            String type = existing != null ? existing.type() : SCENARIO_PARAMETERS.get(id);
            if (type == null) throw new IllegalArgumentException("no parameter " + id + " to set in a scenario");
            var value = scenarioValue(id, type, existing == null ? null : existing.unit(), e.getValue());
            var description = existing != null ? existing.description()
                    : new Text("Escenario: " + id, "Scenario: " + id);
            var unit = existing == null ? null : existing.unit();
            var only = new ParameterValue(id, description, unit, null, null, value, source, Confidence.UNCONFIRMED, null);
            changed.put(id, new Parameter(id, description, type, unit, List.of(only)));
            feed(digest, id, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
        var hash = HexFormat.of().formatHex(digest.digest());
        return new RuleBook(new RuleSetVersion(version.version() + "+scenario." + name, hash), published, changed, rules);
    }

    private static Object scenarioValue(String id, String type, String unit, Object value) {
        if (value == null) throw new IllegalArgumentException(id + ": a value is missing");
        Object typed = switch (type) {
            case "decimal" -> value instanceof Number n ? new java.math.BigDecimal(n.toString()) : null;
            case "integer" -> value instanceof Integer i ? i : null;
            case "flag" -> value instanceof Boolean b ? b : null;
            case "text" -> value instanceof String str ? str : null;
            case "codes" -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance)
                    ? new Codes(l.stream().map(String.class::cast).toList()) : null;
            default -> null;
        };
        if (typed == null) throw new IllegalArgumentException(id + ": a " + type + " is needed, not " + value);
        if ("share".equals(unit)) {
            var share = (java.math.BigDecimal) typed;
            if (share.signum() <= 0 || share.compareTo(java.math.BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(id + ": a share above 0 and at most 1 is needed, not " + share);
            }
        }
        if (typed instanceof Integer i && i < 0) throw new IllegalArgumentException(id + ": must not be negative");
        return typed;
    }

    @Override
    public String toString() {
        return "RuleBook " + version.version() + " (" + version.contentHash().substring(0, 12) + ")";
    }

}
