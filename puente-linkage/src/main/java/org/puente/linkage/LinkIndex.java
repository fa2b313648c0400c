package org.puente.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

/**
 * The register as the linkage engine sees it: normalised records, their blocking keys and the
 * model learnt from them. On intake, {@link #candidates(PersonRecord)} scores a new record
 * against the indexed ones and explains each candidate; {@link #add(PersonRecord)} indexes it.
 * Batch runs ({@link Linkage}) build an index and compare every block of it, with the same keys,
 * the same blocking rule and the same scores, so both ways give the same answers.
 *
 * <p>Thread-safe: candidates may be asked concurrently; adds are serialised.
 */
public final class LinkIndex {

    static final int INDEX_BITS = 24;
    static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Records one index holds; national-scale batches go to the Spark engine. */
    public static final int MAX_RECORDS = (1 << INDEX_BITS) - 1;

    final LinkageConfig config;
    final Corpus corpus;
    final Comparisons comparisons;
    final boolean twoSided;
    private volatile Scorer scorer;
    private long[] postings;
    /** Where each range of keys (by their top {@value #BUCKET_BITS} bits) starts in the postings. */
    private int[] buckets;
    private static final int BUCKET_BITS = 20;
    private final Map<Long, int[]> added = new HashMap<>();
    private final LongCounts addedCounts = new LongCounts();
    private final Map<String, Integer> byId = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long candidatePairs;

    private LinkIndex(LinkageConfig config, Corpus corpus, boolean twoSided) {
        this.config = config;
        this.corpus = corpus;
        this.comparisons = new Comparisons(corpus, config.beiderMorse());
        this.twoSided = twoSided;
    }

    /** Indexes a register and learns the model from it. */
    public static LinkIndex build(List<PersonRecord> records, LinkageConfig config) {
        return build(records, List.of(), config, Progress.none());
    }

    public static LinkIndex build(List<PersonRecord> records, LinkageConfig config, Progress progress) {
        return build(records, List.of(), config, progress);
    }

    static LinkIndex build(List<PersonRecord> left, List<PersonRecord> right, LinkageConfig config, Progress progress) {
        int total = left.size() + right.size();
        if (total > MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " records per run, got " + total);
        }
        List<PersonRecord> all = new ArrayList<>(total);
        all.addAll(left);
        all.addAll(right);
        LinkIndex index = new LinkIndex(config, Corpus.forRecords(all), !right.isEmpty());
        progress.stage("normalising", total);
        // Text work in parallel; giving words their ids, in input order, on one thread.
        int leftSize = left.size();
        Corpus.Parsed[] parsed = new Corpus.Parsed[total];
        IntStream.range(0, total).parallel().forEach(i -> parsed[i] = index.corpus.parse(all.get(i), i < leftSize ? 0 : 1));
        for (int i = 0; i < total; i++) {
            Corpus.Parsed p = parsed[i];
            parsed[i] = null;
            if (index.byId.putIfAbsent(p.side() == 0 ? p.id() : "\u0001" + p.id(), i) != null) {
                throw new IllegalArgumentException("record id " + p.id() + " appears twice"
                        + (right.isEmpty() ? "" : p.side() == 0 ? " in the left input" : " in the right input"));
            }
            index.corpus.add(index.corpus.profile(p));
            if ((i & 0x3FFF) == 0x3FFF) {
                progress.advance(0x4000);
            }
        }
        progress.advance(total & 0x3FFF);
        progress.stage("blocking", total);
        index.postings = index.buildPostings(progress);
        index.buckets = buckets(index.postings);
        index.scorer = new Scorer(index.corpus, index.comparisons, index.learn(progress));
        return index;
    }

    /** Number of indexed records. */
    public int size() {
        return corpus.size();
    }

    public Model model() {
        return scorer.model;
    }

    /** Whether a record with this id is indexed. */
    public boolean contains(String id) {
        lock.readLock().lock();
        try {
            return byId.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Every candidate pair of a freshly built index whose match probability is at least
     * {@code probability}, strongest first, explained: what a batch pass over a register puts in
     * front of reviewers. Pairs are not clustered; each is the same pair, with the same score,
     * that {@link #candidates(PersonRecord)} returns for either of its records.
     */
    public List<Match> pairs(double probability, Progress progress) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, exclusive");
        }
        double floor = Math.log(probability / (1 - probability)) / Math.log(2);
        Scorer s = scorer;
        class Kept implements PairVisitor {
            final List<long[]> pairs = new ArrayList<>();
            final int[] levels = new int[comparisons.size()];

            @Override
            public void visit(int i, int j) {
                double w = s.weight(corpus.get(i), corpus.get(j), levels, false);
                if (w >= floor) {
                    pairs.add(new long[] {i, j});
                }
            }
        }
        List<Match> out = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (Kept k : scan(Kept::new, progress)) {
                for (long[] pair : k.pairs) {
                    Profile a = corpus.get((int) Math.min(pair[0], pair[1]));
                    Profile b = corpus.get((int) Math.max(pair[0], pair[1]));
                    out.add(new Match(a.id, b.id, s.explain(a, b, false)));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        progress.done();
        out.sort((x, y) -> Double.compare(y.weight(), x.weight()));
        return out;
    }

    /** Adds a record to the index (after a registrar accepted it). The model is not relearnt. */
    public void add(PersonRecord record) {
        lock.writeLock().lock();
        try {
            if (corpus.size() >= MAX_RECORDS) {
                throw new IllegalStateException("the index is full (" + MAX_RECORDS + " records)");
            }
            if (byId.putIfAbsent(record.id(), corpus.size()) != null) {
                throw new IllegalArgumentException("record id " + record.id() + " is already indexed");
            }
            Profile p = corpus.profile(record, 0);
            int index = corpus.add(p);
            Keys.of(p, corpus, (family, coarse, refined) -> {
                addPosting(coarse & ~INDEX_MASK, index);
                addPosting(refined & ~INDEX_MASK, index);
            });
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void addPosting(long key, int index) {
        int[] list = added.get(key);
        if (list == null) {
            list = new int[] {0, 0, 0, 0};
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        } else if (list[list[0]] == index) {
            return; // the same key twice from one record (a nickname and its name)
        }
        list[++list[0]] = index;
        added.put(key, list);
        addedCounts.add(key, 1);
    }

    /**
     * Indexed records that may be the same person as {@code record}, best first, each with its
     * explanation: those at or above the review floor of the configuration. The record itself,
     * if indexed under the same id, is left out.
     */
    public List<Candidate> candidates(PersonRecord record) {
        Profile q;
        lock.writeLock().lock(); // normalising may add words to the dictionary
        try {
            q = corpus.profile(record, 0);
        } finally {
            lock.writeLock().unlock();
        }
        lock.readLock().lock();
        try {
            Integer self = byId.get(record.id());
            boolean outside = self == null;
            Scorer s = scorer;
            int[] levels = new int[comparisons.size()];
            double floor = Math.log(config.reviewFloor() / (1 - config.reviewFloor())) / Math.log(2);
            double threshold = config.thresholdWeight();
            Set<Integer> seen = new HashSet<>();
            List<Candidate> out = new ArrayList<>();
            for (long key : activeKeys(q)) {
                forEachPosting(key, i -> {
                    if ((self != null && i == self) || !seen.add(i)) {
                        return;
                    }
                    Profile other = corpus.get(i);
                    double w = s.weight(q, other, levels, outside);
                    if (w >= floor) {
                        out.add(new Candidate(other.id, w >= threshold, s.explain(q, other, outside)));
                    }
                });
            }
            out.sort((a, b) -> Double.compare(b.weight(), a.weight()));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Refines the model's m probabilities with a registrar's decisions on pairs. Returns the
     * number of "same person" labels used.
     */
    public int learn(Collection<LabelledPair> labels) {
        List<int[]> matched = new ArrayList<>();
        lock.writeLock().lock();
        try {
            for (LabelledPair pair : labels) {
                if (pair.samePerson()) {
                    int[] levels = new int[comparisons.size()];
                    comparisons.compare(corpus.profile(pair.left(), 0), corpus.profile(pair.right(), 0), levels);
                    matched.add(levels);
                }
            }
            scorer = new Scorer(corpus, comparisons, scorer.model.refine(matched, 100));
        } finally {
            lock.writeLock().unlock();
        }
        return matched.size();
    }

    // --- blocking ---

    private long[] buildPostings(Progress progress) {
        int n = corpus.size();
        long[][] perRecord = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            long[][] keys = {new long[32]};
            int[] count = {0};
            Keys.of(corpus.get(i), corpus, (family, coarse, refined) -> {
                if (count[0] + 2 > keys[0].length) {
                    keys[0] = Arrays.copyOf(keys[0], keys[0].length * 2);
                }
                keys[0][count[0]++] = (coarse & ~INDEX_MASK) | i;
                keys[0][count[0]++] = (refined & ~INDEX_MASK) | i;
            });
            perRecord[i] = Arrays.copyOf(keys[0], count[0]);
        });
        long size = 0;
        for (long[] k : perRecord) {
            size += k.length;
        }
        long[] all = new long[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(perRecord[i], 0, all, at, perRecord[i].length);
            at += perRecord[i].length;
            perRecord[i] = null;
        }
        Arrays.parallelSort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (unique == 0 || all[unique - 1] != all[i]) {
                all[unique++] = all[i];
            }
        }
        progress.advance(n);
        return unique == all.length ? all : Arrays.copyOf(all, unique);
    }

    private static int bucket(long key) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - BUCKET_BITS));
    }

    private static int[] buckets(long[] postings) {
        int[] starts = new int[(1 << BUCKET_BITS) + 1];
        int b = 0;
        for (int i = 0; i < postings.length; i++) {
            int target = bucket(postings[i]);
            while (b <= target) {
                starts[b++] = i;
            }
        }
        while (b < starts.length) {
            starts[b++] = postings.length;
        }
        return starts;
    }

    /** Index of the first posting not less than {@code key}. */
    private int lowerBound(long key) {
        int b = bucket(key);
        int lo = buckets[b];
        int hi = buckets[b + 1];
        long[] a = postings;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many records carry a key (the key with its low bits cleared). */
    int count(long key) {
        long from = key & ~INDEX_MASK;
        long to = from + INDEX_MASK + 1;
        int lo = lowerBound(from);
        int hi = to < from ? postings.length : lowerBound(to);
        return hi - lo + addedCounts.get(from);
    }

    private interface IntSink {
        void accept(int i);
    }

    private void forEachPosting(long key, IntSink sink) {
        int lo = lowerBound(key);
        for (int p = lo; p < postings.length && (postings[p] & ~INDEX_MASK) == key; p++) {
            sink.accept((int) (postings[p] & INDEX_MASK));
        }
        int[] more = added.get(key);
        if (more != null) {
            for (int k = 1; k <= more[0]; k++) {
                sink.accept(more[k]);
            }
        }
    }

    /**
     * The keys under which a record meets others, sorted: each coarse key whose block is small
     * enough, else its refined key if that block is small enough, else nothing for that key.
     */
    long[] activeKeys(Profile p) {
        long[] keys = new long[16];
        int[] n = {0};
        int cap = config.blockCap();
        long[][] holder = {keys};
        Keys.of(p, corpus, (family, coarse, refined) -> {
            long c = coarse & ~INDEX_MASK;
            long chosen = 0;
            if (count(c) <= cap) {
                chosen = c;
            } else {
                long r = refined & ~INDEX_MASK;
                if (count(r) <= cap) {
                    chosen = r;
                }
            }
            if (chosen != 0) {
                if (n[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
                }
                holder[0][n[0]++] = chosen;
            }
        });
        long[] out = Arrays.copyOf(holder[0], n[0]);
        Arrays.sort(out);
        int unique = 0;
        for (int i = 0; i < out.length; i++) {
            if (unique == 0 || out[unique - 1] != out[i]) {
                out[unique++] = out[i];
            }
        }
        return unique == out.length ? out : Arrays.copyOf(out, unique);
    }

    /** Visits candidate pairs; one visitor per worker thread. */
    interface PairVisitor {
        void visit(int i, int j);
    }

    /**
     * Every candidate pair once: pairs of records that share an active key, visited in the block
     * of the smallest key they share. Blocks are spread over the available cores.
     */
    <V extends PairVisitor> List<V> scan(java.util.function.Supplier<V> visitors, Progress progress) {
        if (!added.isEmpty()) {
            throw new IllegalStateException("batch scans run on a freshly built index");
        }
        int n = corpus.size();
        long[][] active = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> active[i] = activeKeys(corpus.get(i)));
        // Blocks: runs of one key with at least two records, where the key is active.
        int[] starts = new int[1024];
        int blocks = 0;
        long[] a = postings;
        for (int s = 0; s < a.length; ) {
            long key = a[s] & ~INDEX_MASK;
            int e = s + 1;
            while (e < a.length && (a[e] & ~INDEX_MASK) == key) {
                e++;
            }
            if (e - s >= 2 && Arrays.binarySearch(active[(int) (a[s] & INDEX_MASK)], key) >= 0) {
                if (blocks + 2 > starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[blocks++] = s;
                starts[blocks++] = e;
            }
            s = e;
        }
        int blockCount = blocks / 2;
        int[] bounds = starts;
        int chunks = Math.max(1, Math.min(blockCount, 512));
        List<V> results = new ArrayList<>();
        progress.stage("comparing", blockCount);
        ThreadLocal<V> local = ThreadLocal.withInitial(() -> {
            V v = visitors.get();
            synchronized (results) {
                results.add(v);
            }
            return v;
        });
        boolean sided = twoSided;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            V v = local.get();
            int from = (int) ((long) blockCount * chunk / chunks);
            int to = (int) ((long) blockCount * (chunk + 1) / chunks);
            for (int b = from; b < to; b++) {
                int s = bounds[2 * b];
                int e = bounds[2 * b + 1];
                long key = a[s] & ~INDEX_MASK;
                for (int x = s; x < e; x++) {
                    int i = (int) (a[x] & INDEX_MASK);
                    long[] ai = active[i];
                    byte side = corpus.get(i).side;
                    for (int y = x + 1; y < e; y++) {
                        int j = (int) (a[y] & INDEX_MASK);
                        if (sided && corpus.get(j).side == side) {
                            continue;
                        }
                        if (firstCommon(ai, active[j]) == key) {
                            v.visit(i, j);
                        }
                    }
                }
            }
            progress.advance(to - from);
        });
        return results;
    }

    private static long firstCommon(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 0;
    }

    // --- learning ---

    private Model learn(Progress progress) {
        int n = corpus.size();
        int left = twoSided ? corpus.sideSize(0) : n;
        int right = twoSided ? corpus.sideSize(1) : n;
        double allPairs = twoSided ? (double) left * right : (double) n * (n - 1) / 2;
        double[] present = new double[comparisons.size()];
        double[][] u = randomU(left, present, progress);
        progress.stage("learning", 3);
        Comparisons.Comparison[] all = comparisons.all;
        int perSession = Math.max(1000, config.trainingPairs() / 3);

        // Three sessions, each over pairs that agree on one key and learning m of the other fields.
        boolean[] notDate = freeExcept(2);
        long[] datePairs = {0, 0, 0};
        Map<Long, long[]> byDate = sessionPatterns((p, sink) -> {
            if (!BirthDates.isUnknown(p.date)) {
                sink.accept(Keys.combine(101, BirthDates.swapInvariant(p.date)));
            }
        }, perSession, datePairs);
        progress.advance(1);
        boolean[] notNames = freeExcept(0, 1, 4); // sex goes with the given name: namesakes agree on it
        long[] namePairs = {0};
        Map<Long, long[]> byName = sessionPatterns((p, sink) -> {
            if (p.given.length > 0 && p.surnames.length > 0) {
                sink.accept(Keys.combine(Keys.combine(102, corpus.phonetic(p.given[0])), corpus.phonetic(p.surnames[0])));
            }
        }, perSession, namePairs);
        progress.advance(1);
        boolean[] notDocument = freeExcept(3);
        long[] documentPairs = {0};
        Map<Long, long[]> byDocument = sessionPatterns((p, sink) -> {
            for (String d : p.documents) {
                sink.accept(Keys.combine(103, Keys.hash(d)));
            }
        }, perSession, documentPairs);
        progress.advance(1);

        List<Model.Session> sessions = new ArrayList<>();
        Model.Session date = byDate.isEmpty() ? null : Model.session(all, byDate, notDate, u);
        Model.Session name = byName.isEmpty() ? null : Model.session(all, byName, notNames, u);
        Model.Session document = byDocument.isEmpty() ? null : Model.session(all, byDocument, notDocument, u);
        for (Model.Session session : new Model.Session[] {date, name, document}) {
            if (session != null) {
                sessions.add(session);
            }
        }
        Model partial = Model.combine(all, sessions, u, 1, allPairs);
        // How many pairs match in all: the matches among same-date pairs, over the chance that a
        // match has the same date (or, without dates, the same document number).
        double expected = 0;
        if (date != null && date.matches() >= 5) {
            // Matches that share a crowded date (1 January, a year known alone) are not in the session:
            // as many, in proportion, as the records whose date is crowded.
            double small = 1 - (double) datePairs[2] / Math.max(1, datePairs[1]);
            double agree = present[2] * (partial.m[2][Comparisons.EXACT] + partial.m[2][Comparisons.D_SWAPPED]) * small;
            expected = date.matchShare() * datePairs[0] / Math.max(agree, 1e-3);
        } else if (document != null && document.matches() >= 5) {
            double agree = present[3] * partial.m[3][Comparisons.EXACT];
            expected = document.matchShare() * documentPairs[0] / Math.max(agree, 1e-3);
        } else if (name != null) {
            double agree = present[0] * present[1] * (partial.m[0][0] + partial.m[0][1]) * (partial.m[1][0] + partial.m[1][1]);
            expected = name.matchShare() * namePairs[0] / Math.max(agree, 1e-3);
        }
        return Model.combine(all, sessions, u, Math.max(1, expected), allPairs);
    }

    private boolean[] freeExcept(int... fixed) {
        boolean[] free = new boolean[comparisons.size()];
        Arrays.fill(free, true);
        for (int f : fixed) {
            free[f] = false;
        }
        return free;
    }

    private interface SessionKeys {
        void keys(Profile p, java.util.function.LongConsumer sink);
    }

    /**
     * Comparison patterns of (a sample of) the pairs that share a training key, in blocks no
     * larger than the block cap; {@code pairs[0]} receives how many such pairs there are in all and, when
     * it is longer, {@code pairs[1]} how many keys records have and {@code pairs[2]} how many of those are
     * in blocks over the cap.
     */
    private Map<Long, long[]> sessionPatterns(SessionKeys keys, int sample, long[] pairs) {
        int n = corpus.size();
        long[] packed = new long[Math.max(16, n)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            final int index = i;
            long[][] holder = {packed};
            int[] at = {size};
            keys.keys(corpus.get(i), k -> {
                if (at[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
                }
                holder[0][at[0]++] = (k & ~INDEX_MASK) | index;
            });
            packed = holder[0];
            size = at[0];
        }
        long[] a = Arrays.copyOf(packed, size);
        Arrays.parallelSort(a);
        int cap = config.blockCap();
        long total = 0;
        long crowded = 0;
        List<int[]> blocks = new ArrayList<>();
        for (int s = 0; s < a.length; ) {
            long key = a[s] & ~INDEX_MASK;
            int e = s + 1;
            while (e < a.length && (a[e] & ~INDEX_MASK) == key) {
                e++;
            }
            if (e - s > cap) {
                crowded += e - s;
            }
            if (e - s >= 2 && e - s <= cap) {
                blocks.add(new int[] {s, e});
                for (int x = s; x < e; x++) {
                    for (int y = x + 1; y < e; y++) {
                        if (pairable((int) (a[x] & INDEX_MASK), (int) (a[y] & INDEX_MASK))) {
                            total++;
                        }
                    }
                }
            }
            s = e;
        }
        pairs[0] = total;
        if (pairs.length > 2) {
            pairs[1] = a.length;
            pairs[2] = crowded;
        }
        double rate = Math.min(1.0, (double) sample / Math.max(1, total));
        long threshold = rate >= 1.0 ? Long.MAX_VALUE : (long) (rate * Long.MAX_VALUE);
        long seed = config.seed();
        return blocks.parallelStream().collect(() -> new HashMap<Long, long[]>(), (map, block) -> {
            int[] levels = new int[comparisons.size()];
            for (int x = block[0]; x < block[1]; x++) {
                for (int y = x + 1; y < block[1]; y++) {
                    int i = (int) (a[x] & INDEX_MASK);
                    int j = (int) (a[y] & INDEX_MASK);
                    if (i == j || !pairable(i, j) || (threshold != Long.MAX_VALUE
                            && (Keys.mix(seed ^ (((long) i << 32) | j)) & Long.MAX_VALUE) > threshold)) {
                        continue;
                    }
                    comparisons.compare(corpus.get(i), corpus.get(j), levels);
                    map.computeIfAbsent(Model.pattern(levels), k -> new long[1])[0]++;
                }
            }
        }, (x, y) -> y.forEach((k, v) -> x.computeIfAbsent(k, z -> new long[1])[0] += v[0]));
    }

    private boolean pairable(int i, int j) {
        return i != j && (!twoSided || corpus.get(i).side != corpus.get(j).side);
    }

    /** u: how often each level occurs between records taken at random; exact agreement from value frequencies. */
    private double[][] randomU(int left, double[] presence, Progress progress) {
        int n = corpus.size();
        int comparisonsCount = comparisons.size();
        // Enough pairs for the rarer levels (exact agreement comes from frequencies): 10 per record,
        // at least 50,000, at most the configured number.
        long draws = Math.min(Math.min(config.randomPairs(), Math.max(50_000, 10L * n)),
                twoSided ? (long) left * (n - left) : (long) n * (n - 1) / 2);
        int chunks = 64;
        progress.stage("sampling", draws);
        long[][][] partial = new long[chunks][][];
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom[] randoms = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            randoms[c] = root.split();
        }
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            long[][] counts = new long[comparisonsCount][];
            for (int c = 0; c < comparisonsCount; c++) {
                counts[c] = new long[comparisons.all[c].levelCount()];
            }
            int[] levels = new int[comparisonsCount];
            SplittableRandom r = randoms[chunk];
            long mine = draws / chunks + (chunk < draws % chunks ? 1 : 0);
            for (long d = 0; d < mine; d++) {
                int i;
                int j;
                if (twoSided) {
                    i = r.nextInt(left);
                    j = left + r.nextInt(n - left);
                } else {
                    i = r.nextInt(n);
                    j = r.nextInt(n - 1);
                    if (j >= i) {
                        j++;
                    }
                }
                comparisons.compare(corpus.get(i), corpus.get(j), levels);
                for (int c = 0; c < comparisonsCount; c++) {
                    if (levels[c] >= 0) {
                        counts[c][levels[c]]++;
                    }
                }
            }
            partial[chunk] = counts;
            progress.advance(mine);
        });
        double[][] u = new double[comparisonsCount][];
        for (int c = 0; c < comparisonsCount; c++) {
            int levels = comparisons.all[c].levelCount();
            double[] sum = new double[levels];
            double present = 0;
            for (long[][] p : partial) {
                for (int l = 0; l < levels; l++) {
                    sum[l] += p[c][l];
                    present += p[c][l];
                }
            }
            presence[c] = draws == 0 ? 0 : present / draws;
            u[c] = new double[levels];
            for (int l = 0; l < levels; l++) {
                u[c][l] = (sum[l] + 1.0 / levels) / (present + 1);
            }
            double exact = exactAgreement(comparisons.all[c]);
            if (exact > 0) {
                double rest = 1 - u[c][0];
                for (int l = 1; l < levels; l++) {
                    u[c][l] = rest > 0 ? u[c][l] * (1 - exact) / rest : (1 - exact) / (levels - 1);
                }
                u[c][0] = exact;
            }
        }
        return u;
    }

    /** Chance that two random records with the field share its value: Σ count² over values, from the frequencies. */
    private double exactAgreement(Comparisons.Comparison comparison) {
        LongCounts counts = switch (comparison.kind()) {
            case GIVEN -> corpus.givenFrequency;
            case SURNAME -> corpus.surnameFrequency;
            case DATE -> corpus.dateFrequency;
            case DOCUMENT -> corpus.documentFrequency;
            case TEXT, CODE -> corpus.attributeFrequency[comparison.attribute()];
            default -> null;
        };
        if (counts == null) {
            return 0;
        }
        double[] sums = counts.sums();
        double present = sums[0];
        double squares = sums[1];
        if (present < 2) {
            return 0;
        }
        return Math.max(1.0 / (present * present), (squares - present) / (present * (present - 1)));
    }

    long candidatePairs() {
        return candidatePairs;
    }

    void candidatePairs(long pairs) {
        candidatePairs = pairs;
    }

    Scorer scorer() {
        return scorer;
    }
}
