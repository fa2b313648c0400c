package org.puente.server.register;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.puente.linkage.Candidate;
import org.puente.linkage.Explanation;
import org.puente.linkage.LabelledPair;
import org.puente.linkage.LinkIndex;
import org.puente.linkage.LinkageConfig;
import org.puente.linkage.Match;
import org.puente.linkage.PersonRecord;
import org.puente.linkage.Progress;
import org.puente.server.common.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The register as {@code puente-linkage} sees it: the one adapter between the engine and the
 * register's tables. It keeps a {@link LinkIndex} of every person not merged into another (with
 * all their documents), learnt from the register itself and refined with the registrars'
 * decisions; asks it for candidates at intake; and runs the batch pass that fills the review
 * queue. Corrections, added documents and merges reach the index when it is rebuilt (nightly, or
 * when the register has doubled since the model was learnt, which keeps a young register's
 * weights close to its data at little cost); new people reach it as they commit.
 */
@Component
class RegisterLinkage {

    private static final Logger log = LoggerFactory.getLogger(RegisterLinkage.class);

    private final People people;
    private final DuplicatePairs pairs;
    private final Merges merges;
    private final LinkageConfig config;
    private final double reviewThreshold;
    private final ReentrantLock rebuilding = new ReentrantLock();
    private final ConcurrentLinkedQueue<PersonRecord> addedWhileRebuilding = new ConcurrentLinkedQueue<>();

    private volatile LinkIndex index;
    private volatile UUID newestSeen;
    private volatile int learntOn;

    RegisterLinkage(People people, DuplicatePairs pairs, Merges merges,
                    @Value("${puente.linkage.threshold:0.9}") double threshold,
                    @Value("${puente.linkage.review-threshold:0.5}") double reviewThreshold) {
        if (!(reviewThreshold > 0 && reviewThreshold <= threshold)) {
            throw new IllegalArgumentException("puente.linkage.review-threshold must be above 0 and at most the threshold");
        }
        this.people = people;
        this.pairs = pairs;
        this.merges = merges;
        this.reviewThreshold = reviewThreshold;
        LinkageConfig defaults = LinkageConfig.defaults().withThreshold(threshold);
        this.config = new LinkageConfig(defaults.threshold(), reviewThreshold, defaults.blockCap(),
                defaults.randomPairs(), defaults.trainingPairs(), defaults.seed(), defaults.beiderMorse());
    }

    boolean ready() {
        return index != null;
    }

    double reviewThreshold() {
        return reviewThreshold;
    }

    double threshold() {
        return config.threshold();
    }

    /** People in the register not merged into another. */
    long registered() {
        return people.countUnmerged();
    }

    /** Indexed people, or -1 before the first build. */
    int size() {
        LinkIndex i = index;
        return i == null ? -1 : i.size();
    }

    /**
     * Reads the whole register, learns the model from it, refines it with the registrars'
     * decisions and swaps it in; intake keeps using the previous index meanwhile.
     */
    void rebuild() {
        rebuild(Progress.none(), false);
    }

    /** Builds a fresh index and, when asked, lists its pairs for review before it starts serving. */
    private List<Match> rebuild(Progress progress, boolean scan) {
        rebuilding.lock();
        try {
            long started = System.nanoTime();
            addedWhileRebuilding.clear();
            List<PersonRecord> records = new ArrayList<>();
            UUID[] newest = {null};
            people.forEachWithDocuments(null, p -> {
                records.add(record(p));
                newest[0] = p.person().id();
            });
            LinkIndex built = LinkIndex.build(records, config, progress);
            int labels = built.learn(labels());
            List<Match> found = scan ? built.pairs(reviewThreshold, progress) : List.of();
            index = built;
            learntOn = records.size();
            if (newest[0] != null) {
                newestSeen = newest[0];
            }
            for (PersonRecord r; (r = addedWhileRebuilding.poll()) != null; ) {
                addIfMissing(built, r);
            }
            log.info("linkage index built: {} people, {} decisions learnt from, {} pairs for review, {} ms",
                    records.size(), labels, found.size(), (System.nanoTime() - started) / 1_000_000);
            return found;
        } finally {
            rebuilding.unlock();
        }
    }

    /**
     * Adds the people other processes (imports, other instances) registered since the last look;
     * relearns in full once the register has doubled since the model was learnt.
     */
    void catchUp() {
        if (rebuilding.isLocked()) {
            return;
        }
        if (index == null) {
            rebuild();
            return;
        }
        List<People.WithDocuments> fresh = new ArrayList<>();
        people.forEachWithDocuments(newestSeen, fresh::add);
        LinkIndex current = index;
        for (People.WithDocuments p : fresh) {
            addIfMissing(current, record(p));
            newestSeen = p.person().id();
        }
        if (current.size() > learntOn && current.size() >= 2L * learntOn) {
            rebuild();
        }
    }

    /** Indexes a newly registered person once their registration commits. */
    void addAfterCommit(People.WithDocuments person) {
        PersonRecord record = record(person);
        Runnable add = () -> {
            LinkIndex current = index;
            if (current != null) {
                addIfMissing(current, record);
            }
            if (rebuilding.isLocked()) {
                addedWhileRebuilding.add(record);
            }
        };
        AfterCommit.run(add);
    }

    private static void addIfMissing(LinkIndex index, PersonRecord record) {
        synchronized (index) {
            if (!index.contains(record.id())) {
                index.add(record);
            }
        }
    }

    /** A registered person who may be the same as the one asked about, with the evidence. */
    record Suspect(UUID personId, double probability, boolean likelyMatch, DuplicatePair.Evidence evidence) {
    }

    /**
     * Registered people who may be the same person as {@code person}, best first: those at or
     * above the review threshold. Empty until the index is first built.
     */
    List<Suspect> suspects(People.WithDocuments person) {
        LinkIndex current = index;
        if (current == null) {
            return List.of();
        }
        List<Suspect> out = new ArrayList<>();
        for (Candidate c : current.candidates(record(person))) {
            if (c.probability() >= reviewThreshold) {
                out.add(new Suspect(UUID.fromString(c.recordId()), c.probability(), c.match(),
                        evidence(c.explanation())));
            }
        }
        return out;
    }

    /** A pair the batch pass found: the two people and why. */
    record Found(UUID one, UUID other, double probability, DuplicatePair.Evidence evidence) {
    }

    /**
     * The batch pass: builds a fresh index of the whole register (so it also sees corrections and
     * merges), refined with the decisions so far, and lists every candidate pair at or above the
     * review threshold, strongest first. The fresh index then serves intake.
     */
    List<Found> batch(Progress progress) {
        List<Found> out = new ArrayList<>();
        for (Match m : rebuild(progress, true)) {
            out.add(new Found(UUID.fromString(m.leftId()), UUID.fromString(m.rightId()), m.probability(),
                    evidence(m.explanation())));
        }
        return out;
    }

    /**
     * The registrars' decisions as labelled pairs, with each person as they were when decided: a
     * merged person's documents are those the merge moved to the survivor.
     */
    List<LabelledPair> labels() {
        List<DuplicatePair> decided = pairs.decided();
        if (decided.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        decided.forEach(p -> {
            ids.add(p.personA());
            ids.add(p.personB());
        });
        Map<UUID, People.WithDocuments> byId = new HashMap<>();
        people.withDocuments(ids, p -> byId.put(p.person().id(), p));
        List<LabelledPair> out = new ArrayList<>();
        for (DuplicatePair p : decided) {
            People.WithDocuments a = byId.get(p.personA());
            People.WithDocuments b = byId.get(p.personB());
            if (a == null || b == null) {
                continue;
            }
            if (p.mergeId() != null && p.state() == DuplicatePair.State.SAME) {
                PersonMerge merge = merges.find(p.mergeId());
                Set<UUID> moved = merges.movedDocuments(merge.id());
                People.WithDocuments survivor = merge.survivorId().equals(a.person().id()) ? a : b;
                People.WithDocuments merged = survivor == a ? b : a;
                a = new People.WithDocuments(survivor.person(),
                        survivor.documents().stream().filter(d -> !moved.contains(d.id())).toList());
                b = new People.WithDocuments(merged.person(),
                        survivor.documents().stream().filter(d -> moved.contains(d.id())).toList());
            }
            out.add(new LabelledPair(record(a), record(b), p.state() == DuplicatePair.State.SAME));
        }
        return out;
    }

    /** The engine's view of a person: names as written, every document, and the contact fields the CLI also compares. */
    static PersonRecord record(People.WithDocuments p) {
        Person person = p.person();
        var b = PersonRecord.builder(person.id().toString())
                .givenNames(person.givenNames())
                .surnames(person.firstSurname(), person.secondSurname())
                .sex(person.sex() == null ? null : person.sex().name())
                .birthDate(person.birthDate() == null ? null : person.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE))
                .nationality(person.nationality());
        for (People.DocumentNumber d : p.documents()) {
            b.document(d.type().name(), d.issuingCountry(), d.number());
        }
        Contact c = person.contact() == null ? Contact.NONE : person.contact();
        // The same attribute names and kinds as an import file read by "puente link".
        return b.text("address_line", c.addressLine()).code("ubigeo", c.ubigeo()).code("phone", c.phone())
                .code("email", c.email()).build();
    }

    static DuplicatePair.Evidence evidence(Explanation e) {
        List<DuplicatePair.Evidence.Field> fields = new ArrayList<>(e.fields().size() + 2);
        fields.add(new DuplicatePair.Evidence.Field(PRIOR, PRIOR, e.prior()));
        if (e.namesSwapped()) {
            fields.add(new DuplicatePair.Evidence.Field("names", "given names and surnames swapped", 0));
        }
        e.fields().forEach(f -> fields.add(new DuplicatePair.Evidence.Field(f.field(), f.level(), f.weight())));
        return new DuplicatePair.Evidence(fields, e.total(), e.probability());
    }

    /** The evidence line for the prior: how rare a match is between two people taken at random. */
    static final String PRIOR = "prior";
}
