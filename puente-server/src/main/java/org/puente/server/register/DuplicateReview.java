package org.puente.server.register;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.puente.server.access.Staff;
import org.puente.server.audit.AuditAction;
import org.puente.server.audit.AuditEvent;
import org.puente.server.audit.AuditLog;
import org.puente.server.common.Conflict;
import org.puente.server.common.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrars' queue of people who may be the same person: pairs proposed by the linkage
 * engine (at intake or by a batch pass), looked at side by side, decided "same person" (merged,
 * undoable) or "different people" (never proposed again). Decisions are kept as labelled pairs
 * the engine can learn from.
 */
@Service
public class DuplicateReview {

    public static final String PURPOSE = "duplicate-review";

    private final DuplicatePairs pairs;
    private final People people;
    private final Register register;
    private final AuditLog audit;
    private final RegisterLinkage linkage;
    private final Merges merges;
    private final Clock clock;

    DuplicateReview(DuplicatePairs pairs, People people, Register register, AuditLog audit, RegisterLinkage linkage,
                    Merges merges, Clock clock) {
        this.linkage = linkage;
        this.merges = merges;
        this.pairs = pairs;
        this.people = people;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes a pair for review unless it is already pending or decided; says whether it is new. */
    @Transactional
    public boolean propose(UUID one, UUID other, double score, DuplicatePair.Evidence evidence, String foundBy) {
        if (one.equals(other)) {
            return false;
        }
        return pairs.propose(one, other, score, evidence, foundBy, clock.instant());
    }

    /**
     * A registered person who may be the same as the one being looked at: the pair to review, who
     * they are, the match probability, whether it reaches the engine's match threshold (not only
     * the review threshold), and the evidence field by field.
     */
    public record PossibleDuplicate(UUID pairId, PersonSummary person, double probability, boolean likelyMatch,
                                    DuplicatePair.Evidence evidence) {
    }

    /**
     * The intake check's answer. {@code checked} is false while the engine's index is still being
     * built after a start; the registration stands either way.
     */
    public record IntakeCheck(boolean checked, List<PossibleDuplicate> possibleDuplicates) {
    }

    /**
     * Looks for registered people who may be the same as a person just registered, puts every such
     * pair in the review queue (found at intake) and returns them with the evidence. The person is
     * added to the engine's index once this commits. Pairs already decided are not shown again;
     * seeing the candidates is audited like a search.
     */
    @Transactional
    public IntakeCheck checkNewPerson(UUID personId, Staff actor, String purpose) {
        List<People.WithDocuments> found = new java.util.ArrayList<>(1);
        people.withDocuments(List.of(personId), found::add);
        if (found.isEmpty()) {
            throw new org.puente.server.common.NotFound("person.notFound");
        }
        People.WithDocuments person = found.getFirst();
        linkage.addAfterCommit(person);
        if (!linkage.ready()) {
            return new IntakeCheck(false, List.of());
        }
        var suspects = new java.util.LinkedHashMap<UUID, RegisterLinkage.Suspect>();
        for (RegisterLinkage.Suspect s : linkage.suspects(person)) {
            if (!s.personId().equals(personId) && merges.mergedInto(s.personId()) == null) {
                suspects.putIfAbsent(s.personId(), s);
            }
        }
        var summaries = new java.util.HashMap<UUID, PersonSummary>();
        people.summaries(List.copyOf(suspects.keySet())).forEach(p -> summaries.put(p.id(), p));
        List<PossibleDuplicate> out = new java.util.ArrayList<>();
        for (RegisterLinkage.Suspect s : suspects.values()) {
            PersonSummary other = summaries.get(s.personId());
            if (other == null) {
                continue;
            }
            pairs.propose(personId, s.personId(), s.evidence().total(), s.evidence(), DuplicatePair.AT_INTAKE,
                    clock.instant());
            DuplicatePair pair = pairs.between(personId, s.personId()).orElseThrow();
            if (pair.state() == DuplicatePair.State.PENDING) {
                out.add(new PossibleDuplicate(pair.id(), other, s.probability(), s.likelyMatch(), pair.evidence()));
            }
        }
        audit.recordSearch(new AuditEvent(actor, AuditAction.PERSON_SEARCHED, personId, purpose,
                "intake duplicate check; " + out.size() + " possible duplicates shown"));
        return new IntakeCheck(true, out);
    }

    /**
     * Pairs still waiting for a decision that involve this person, with who the other person is;
     * showing them is audited like a search.
     */
    @Transactional
    public List<PossibleDuplicate> pendingFor(UUID personId, Staff actor, String purpose) {
        List<DuplicatePair> pending = pairs.ofPerson(personId).stream()
                .filter(p -> p.state() == DuplicatePair.State.PENDING)
                .sorted(java.util.Comparator.comparingDouble(DuplicatePair::score).reversed())
                .toList();
        var others = pending.stream().map(p -> p.personA().equals(personId) ? p.personB() : p.personA()).toList();
        var summaries = new java.util.HashMap<UUID, PersonSummary>();
        people.summaries(others).forEach(p -> summaries.put(p.id(), p));
        double threshold = linkage.threshold();
        List<PossibleDuplicate> out = pending.stream()
                .filter(p -> summaries.containsKey(p.personA().equals(personId) ? p.personB() : p.personA()))
                .map(p -> new PossibleDuplicate(p.id(), summaries.get(p.personA().equals(personId) ? p.personB()
                        : p.personA()), p.evidence().probability(), p.evidence().probability() >= threshold,
                        p.evidence()))
                .toList();
        if (!out.isEmpty()) {
            audit.recordSearch(new AuditEvent(actor, AuditAction.PERSON_SEARCHED, personId, purpose,
                    "possible duplicates of a person; " + out.size() + " shown"));
        }
        return out;
    }

    /** What a batch pass over the register found and put in the queue. */
    public record BatchOutcome(int people, int pairsFound, int pairsProposed, long millis) {
    }

    /**
     * A batch pass over the whole register: every pair at or above the review threshold that is
     * not already pending or decided goes into the queue (found by batch).
     */
    public BatchOutcome proposeFromRegister(org.puente.linkage.Progress progress) {
        long started = System.nanoTime();
        List<RegisterLinkage.Found> found = linkage.batch(progress);
        int proposed = 0;
        for (RegisterLinkage.Found f : found) {
            if (pairs.propose(f.one(), f.other(), f.evidence().total(), f.evidence(), DuplicatePair.BY_BATCH,
                    clock.instant())) {
                proposed++;
            }
        }
        return new BatchOutcome(linkage.size(), found.size(), proposed, (System.nanoTime() - started) / 1_000_000);
    }

    /** A line of the queue: the pair and who the two people are. */
    public record QueueItem(DuplicatePair pair, PersonSummary a, PersonSummary b) {
    }

    public record Queue(List<QueueItem> items, int page, boolean hasNext, long pending) {
    }

    /** Pending pairs, strongest evidence first; listing them is audited like a search. */
    @Transactional(readOnly = true)
    public Queue queue(int page, int pageSize, Staff actor) {
        List<DuplicatePair> found = pairs.pending(page * pageSize, pageSize);
        boolean hasNext = found.size() > pageSize;
        List<DuplicatePair> shown = hasNext ? found.subList(0, pageSize) : found;
        var summaries = new java.util.HashMap<UUID, PersonSummary>();
        people.summaries(shown.stream().flatMap(p -> java.util.stream.Stream.of(p.personA(), p.personB())).toList())
                .forEach(s -> summaries.put(s.id(), s));
        List<QueueItem> items = shown.stream()
                .map(p -> new QueueItem(p, summaries.get(p.personA()), summaries.get(p.personB())))
                .filter(i -> i.a() != null && i.b() != null)
                .toList();
        audit.recordSearch(new AuditEvent(actor, AuditAction.PERSON_SEARCHED, null, PURPOSE,
                "duplicates queue; " + items.size() + " pairs shown"));
        return new Queue(items, page, hasNext, pairs.pendingCount());
    }

    /** One pair with both people's whole records, side by side; both looks are audited. */
    public record Comparison(DuplicatePair pair, PersonRecord a, PersonRecord b) {
    }

    @Transactional
    public Comparison open(UUID pairId, Staff actor) {
        DuplicatePair pair = pairs.find(pairId);
        return new Comparison(pair, register.view(pair.personA(), actor, PURPOSE),
                register.view(pair.personB(), actor, PURPOSE));
    }

    /**
     * Records a registrar's decision. "Same person" merges the pair into {@code survivorId} (one
     * of the two); "different people" is remembered so the pair is not proposed again.
     */
    @Transactional
    public void decide(UUID pairId, long pairVersion, boolean samePerson, UUID survivorId, long versionA,
                       long versionB, String reason, Staff actor) {
        DuplicatePair pair = pairs.find(pairId);
        if (pair.version() != pairVersion || pair.state() != DuplicatePair.State.PENDING) {
            throw new Conflict("record.changed");
        }
        var problems = new InvalidInput.Collector();
        RegisterRules.checkReason(reason, problems);
        if (samePerson && !pair.personA().equals(survivorId) && !pair.personB().equals(survivorId)) {
            problems.add("survivor", "duplicate.survivor");
        }
        problems.throwIfAny();
        if (samePerson) {
            boolean aSurvives = pair.personA().equals(survivorId);
            UUID merged = aSurvives ? pair.personB() : pair.personA();
            PersonMerge merge = register.merge(survivorId, aSurvives ? versionA : versionB, merged,
                    aSurvives ? versionB : versionA, reason, actor, PURPOSE);
            pairs.decide(pair, DuplicatePair.State.SAME, actor.username(), merge.id(), clock.instant());
        } else {
            pairs.decide(pair, DuplicatePair.State.DIFFERENT, actor.username(), null, clock.instant());
            audit.recordAll(List.of(
                    new AuditEvent(actor, AuditAction.DUPLICATE_DECIDED, pair.personA(), PURPOSE, "different people"),
                    new AuditEvent(actor, AuditAction.DUPLICATE_DECIDED, pair.personB(), PURPOSE, "different people")));
        }
    }

    /** Undoes a merge; the pair it came from (if any) is then remembered as different people. */
    @Transactional
    public void unmerge(UUID mergeId, String reason, Staff actor) {
        register.unmerge(mergeId, reason, actor, PURPOSE);
        pairs.markDifferentAfterUnmerge(mergeId, actor.username(), clock.instant());
    }

    /** Every decided pair (same or different), oldest decision first: labels for the engine. */
    @Transactional(readOnly = true)
    public List<DuplicatePair> decided() {
        return pairs.decided();
    }
}
