package org.puente.server.register;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.puente.server.common.AfterCommit;
import org.puente.server.common.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's names held in memory for search: every name token's postings as ordinals, and
 * per person the nationality and birth year that searches filter on. Loaded from the database at
 * start-up, updated after each local commit, and caught up by polling for what other processes
 * (command-line imports, other instances) committed. Until loaded, {@link #ready()} is false and
 * search falls back to the database.
 */
@Component
class NameIndex implements PolledIndex {

    private static final Logger log = LoggerFactory.getLogger(NameIndex.class);

    /** How far back the first poll looks for corrections. */
    static final Duration COMMIT_WINDOW = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<UUID, Integer> ordinals = new HashMap<>();
    private final List<UUID> ids = new ArrayList<>();
    private final List<int[]> tokensOf = new ArrayList<>();
    private short[] birthYears = new short[1024];
    private String[] nationalities = new String[1024];
    private final NavigableMap<String, Integer> tokenIds = new TreeMap<>();
    private final List<Postings> postings = new ArrayList<>();
    private volatile boolean ready;
    private volatile UUID newestSeen;
    private java.time.Instant lastCatchUp;

    NameIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One person as the index needs them. */
    record Entry(UUID id, List<String> tokens, String nationality, LocalDate birthDate) {
    }

    static Entry entry(Person p) {
        return new Entry(p.id(), Names.tokens(p.givenNames(), p.firstSurname(), p.secondSurname()), p.nationality(),
                p.birthDate());
    }

    @Override
    public String label() {
        return "search";
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public void loadIfAbsent() {
        load();
    }

    /**
     * Reads the whole register, once: at start-up, or later by the catch-up poll if that failed.
     * A second caller (the poll firing during the start-up load) waits for the first and returns.
     */
    synchronized void load() {
        if (ready) {
            return;
        }
        long started = System.nanoTime();
        List<Entry> batch = new ArrayList<>(10_000);
        jdbc.sql("select id, search_name, nationality, birth_date from person order by id")
                .query(rs -> {
                    batch.add(entry(rs));
                    if (batch.size() == 10_000) {
                        putAll(batch);
                        batch.clear();
                    }
                });
        putAll(batch);
        ready = true;
        log.info("search index loaded: {} people in {} ms", size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Adds what other processes (command-line imports, other instances) committed since the last
     * look: people with a newer id than any seen, and people corrected lately.
     */
    @Override
    public void catchUp() {
        java.time.Instant now = clock.instant();
        UUID newest = newestSeen;
        List<Entry> fresh = newest == null
                ? jdbc.sql("select id, search_name, nationality, birth_date from person").query((rs, n) -> entry(rs)).list()
                : jdbc.sql("select id, search_name, nationality, birth_date from person where id > " + Ids.literal(newest))
                        .query((rs, n) -> entry(rs)).list();
        putAll(fresh);
        java.time.Instant since = lastCatchUp == null ? now.minus(COMMIT_WINDOW) : lastCatchUp.minusSeconds(10);
        putAll(jdbc.sql("""
                select p.id, p.search_name, p.nationality, p.birth_date from person p
                where p.id in (select c.person_id from person_correction c where c.at > :since)
                """).param("since", java.sql.Timestamp.from(since)).query((rs, n) -> entry(rs)).list());
        lastCatchUp = now;
    }

    /** Fills gaps: people whose id was minted before the newest seen but committed after it. */
    @Override
    public void reconcile() {
        long registered = jdbc.sql("select count(*) from person").query(Long.class).single();
        if (registered == size()) {
            return;
        }
        List<UUID> missing = new ArrayList<>();
        jdbc.sql("select id from person").query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            if (!contains(id)) {
                missing.add(id);
            }
        });
        for (int i = 0; i < missing.size(); i += 1000) {
            putAll(jdbc.sql("select id, search_name, nationality, birth_date from person where id in (:ids)")
                    .param("ids", missing.subList(i, Math.min(missing.size(), i + 1000)))
                    .query((rs, n) -> entry(rs)).list());
        }
    }

    private boolean contains(UUID id) {
        lock.readLock().lock();
        try {
            return ordinals.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Puts the entries once the current transaction commits (at once when there is none). Until
     * the index is loaded it stays empty (command-line tasks never load it); what commits during
     * the load is picked up by {@link #catchUp} and {@link #reconcile}.
     */
    void putAfterCommit(List<Entry> entries) {
        if (!ready) {
            return;
        }
        AfterCommit.run(() -> putAll(entries));
    }

    /** Adds or replaces people (a correction changes tokens, nationality or birth date). */
    void putAll(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            for (Entry e : entries) {
                put(e);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(Entry e) {
        Integer existing = ordinals.get(e.id());
        int ordinal;
        if (existing != null) {
            ordinal = existing;
            for (int token : tokensOf.get(ordinal)) {
                postings.get(token).remove(ordinal);
            }
        } else {
            ordinal = ids.size();
            ids.add(e.id());
            tokensOf.add(null);
            ordinals.put(e.id(), ordinal);
            if (ordinal >= birthYears.length) {
                birthYears = java.util.Arrays.copyOf(birthYears, ordinal * 2);
                nationalities = java.util.Arrays.copyOf(nationalities, ordinal * 2);
            }
        }
        int[] tokens = new int[e.tokens().size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenId(e.tokens().get(i));
            postings.get(tokens[i]).add(ordinal);
        }
        tokensOf.set(ordinal, tokens);
        birthYears[ordinal] = (short) e.birthDate().getYear();
        nationalities[ordinal] = e.nationality().intern();
        UUID newest = newestSeen;
        if (newest == null || NEWEST_FIRST_LOWER.compare(e.id(), newest) > 0) {
            newestSeen = e.id();
        }
    }

    private int tokenId(String token) {
        Integer id = tokenIds.get(token);
        if (id == null) {
            id = postings.size();
            tokenIds.put(token, id);
            postings.add(new Postings());
        }
        return id;
    }

    /**
     * The people, newest first, whose names match every word (each word given as the set of
     * registered tokens it stands for) and the filters; {@code skip} matches are passed over and
     * at most {@code limit} returned.
     */
    List<UUID> search(List<Set<String>> words, String nationality, Integer birthYear, int skip, int limit) {
        lock.readLock().lock();
        try {
            BitSet matches = null;
            for (Set<String> word : words) {
                BitSet people = new BitSet(ids.size());
                for (String token : word) {
                    Integer id = tokenIds.get(token);
                    if (id != null) {
                        postings.get(id).setAll(people);
                    }
                }
                if (matches == null) {
                    matches = people;
                } else {
                    matches.and(people);
                }
            }
            List<UUID> page = new ArrayList<>(limit);
            int skipped = 0;
            for (int o = matches == null ? -1 : matches.previousSetBit(ids.size() - 1); o >= 0 && page.size() < limit;
                 o = matches.previousSetBit(o - 1)) {
                if ((nationality != null && !nationality.equals(nationalities[o]))
                        || (birthYear != null && birthYears[o] != birthYear)) {
                    continue;
                }
                if (skipped++ >= skip) {
                    page.add(ids.get(o));
                }
            }
            return page;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Registered tokens equal to one of the spellings, or (when prefix is given) starting with it. */
    Set<String> known(Collection<String> spellings, String prefix, int maxPrefixTokens) {
        lock.readLock().lock();
        try {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (String s : spellings) {
                if (tokenIds.containsKey(s)) {
                    out.add(s);
                }
            }
            if (prefix != null) {
                tokenIds.subMap(prefix, true, nextPrefix(prefix), false).keySet().stream()
                        .limit(maxPrefixTokens).forEach(out::add);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return ids.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        String searchName = rs.getString(2);
        return new Entry(rs.getObject(1, UUID.class),
                searchName == null || searchName.isBlank() ? List.of() : List.of(searchName.split(" ")),
                rs.getString(3), rs.getObject(4, LocalDate.class));
    }

    /** The databases' uuid order (unsigned, byte-wise), which is minting order for v7 ids. */
    static final java.util.Comparator<UUID> NEWEST_FIRST_LOWER = java.util.Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** A token's people as ascending ordinals. */
    private static final class Postings {
        private int[] ordinals = new int[4];
        private int size;

        void add(int ordinal) {
            if (size > 0 && ordinals[size - 1] >= ordinal) {
                int at = java.util.Arrays.binarySearch(ordinals, 0, size, ordinal);
                if (at >= 0) {
                    return;
                }
                insertAt(-at - 1, ordinal);
                return;
            }
            if (size == ordinals.length) {
                ordinals = java.util.Arrays.copyOf(ordinals, size * 2);
            }
            ordinals[size++] = ordinal;
        }

        private void insertAt(int at, int ordinal) {
            if (size == ordinals.length) {
                ordinals = java.util.Arrays.copyOf(ordinals, size * 2);
            }
            System.arraycopy(ordinals, at, ordinals, at + 1, size - at);
            ordinals[at] = ordinal;
            size++;
        }

        void remove(int ordinal) {
            int at = java.util.Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0) {
                System.arraycopy(ordinals, at + 1, ordinals, at, size - at - 1);
                size--;
            }
        }

        void setAll(BitSet into) {
            for (int i = 0; i < size; i++) {
                into.set(ordinals[i]);
            }
        }
    }

    static String nextPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
