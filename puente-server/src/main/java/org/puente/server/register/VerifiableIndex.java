package org.puente.server.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.puente.server.common.AfterCommit;
import org.puente.server.common.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What verification needs of every document, in memory: the verification API answers from here
 * without a database round trip (decision 0012). The database stays the truth: this instance's
 * own writes are applied as they commit, other processes' writes (imports from the command line,
 * other instances) are read by {@link #catchUp} every second, and {@link #reconcile} reloads the
 * whole index if a count shows a gap. Until loaded, look-ups go to the database.
 */
@Component
class VerifiableIndex implements PolledIndex {

    private static final Logger log = LoggerFactory.getLogger(VerifiableIndex.class);

    /**
     * How far back each catch-up re-reads rows by id: an id is minted before its transaction
     * commits, so a row may become visible after a newer one was already seen.
     */
    static final Duration COMMIT_WINDOW = Duration.ofSeconds(3);

    private static final String SELECT = """
            select d.id, d.person_id, d.doc_type, d.number, d.status, d.issued_on, d.expires_on, d.work_authorised,
                p.birth_date, p.given_names, p.first_surname, p.nationality,
                (select s.category from migration_status s where s.person_id = p.id
                 order by s.valid_from desc, s.created_at desc limit 1) as calidad
            from identity_document d join person p on p.id = d.person_id
            """;

    /** One document as verification sees it; dates as epoch days to keep a million of them small. */
    private record Held(UUID documentId, UUID personId, String number, DocumentStatus status, int issuedOn,
                        int expiresOn, int birthDate, boolean workAuthorised, String initials, String nationality,
                        CalidadMigratoria calidad) {

        private static final int NONE = Integer.MIN_VALUE;

        VerifiableDocument on(DocumentType type, LocalDate today) {
            LocalDate expires = day(expiresOn);
            IdentityDocument d = new IdentityDocument(documentId, personId, type, number, null, null, expires, status,
                    null, workAuthorised, 0);
            return new VerifiableDocument(documentId, type, number, d.statusOn(today), day(issuedOn), expires,
                    day(birthDate), initials, nationality, calidad, workAuthorised);
        }

        static int epochDay(LocalDate day) {
            return day == null ? NONE : Math.toIntExact(day.toEpochDay());
        }

        static LocalDate day(int epochDay) {
            return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
        }
    }

    private record Table(Map<DocumentType, ConcurrentHashMap<String, Held[]>> byType, AtomicLong size) {

        static Table empty() {
            Map<DocumentType, ConcurrentHashMap<String, Held[]>> byType = new EnumMap<>(DocumentType.class);
            for (DocumentType type : DocumentType.values()) {
                byType.put(type, new ConcurrentHashMap<>());
            }
            return new Table(byType, new AtomicLong());
        }

        /** Adds a document, or replaces the one with the same id under its number. */
        void put(DocumentType type, Held held) {
            byType.get(type).compute(held.number(), (number, present) -> {
                if (present == null) {
                    size.incrementAndGet();
                    return new Held[] {held};
                }
                for (int i = 0; i < present.length; i++) {
                    if (present[i].documentId().equals(held.documentId())) {
                        Held[] copy = present.clone();
                        copy[i] = held;
                        return copy;
                    }
                }
                size.incrementAndGet();
                Held[] grown = java.util.Arrays.copyOf(present, present.length + 1);
                grown[present.length] = held;
                return grown;
            });
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Initials and nationalities repeat endlessly: one string each. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    private volatile Table table = Table.empty();
    private volatile boolean ready;
    private Instant lastCatchUp;
    private long lastCount = -1;

    VerifiableIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "verification";
    }

    @Override
    public boolean ready() {
        return ready;
    }

    long size() {
        return table.size().get();
    }

    /** The documents with this type and (normalised) number, with their status today. */
    List<VerifiableDocument> find(DocumentType type, String number, LocalDate today) {
        Held[] held = table.byType().get(type).get(number);
        if (held == null) {
            return List.of();
        }
        List<VerifiableDocument> found = new ArrayList<>(held.length);
        for (Held h : held) {
            found.add(h.on(type, today));
        }
        return found;
    }

    /** Loads the index unless it is loaded (the start-up load and the first poll may race). */
    @Override
    public synchronized void loadIfAbsent() {
        if (!ready) {
            load();
        }
    }

    /** Reads every document into a new table and swaps it in; at start-up, and when a gap is found. */
    synchronized void load() {
        long started = System.nanoTime();
        Instant since = clock.instant();
        Table fresh = Table.empty();
        jdbc.sql(SELECT).query(rs -> {
            fresh.put(DocumentType.valueOf(rs.getString("doc_type")), held(rs));
        });
        table = fresh;
        lastCatchUp = since;
        ready = true;
        log.info("verification index loaded: {} documents in {} ms", fresh.size().get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Re-reads, once the current transaction commits, the documents of people a write touched
     * (at once when there is no transaction). Command-line tasks never load the index: nothing to do.
     */
    void refreshAfterCommit(Collection<UUID> personIds) {
        if (!ready || personIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(personIds);
        AfterCommit.run(() -> refresh(ids));
    }

    void refresh(Collection<UUID> personIds) {
        List<UUID> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            readInto(table, SELECT + " where d.person_id in (:ids)", "ids", ids.subList(from, Math.min(ids.size(), from + 1_000)));
        }
    }

    /**
     * Applies what other processes committed since the last look: documents created (by id, with
     * the commit window), and the people whose documents changed status, whose migration status
     * changed, who were corrected, merged or unmerged.
     */
    @Override
    public synchronized void catchUp() {
        if (!ready) {
            return;
        }
        Instant now = clock.instant();
        Instant since = lastCatchUp.minus(COMMIT_WINDOW);
        UUID floor = Ids.floor(since);
        Table current = table;
        String after = Ids.literal(floor);
        Set<UUID> seen = readInto(current, SELECT + " where d.id > " + after, null, null);
        Set<UUID> touched = new HashSet<>();
        touched.addAll(jdbc.sql("""
                select d.person_id from document_event e join identity_document d on d.id = e.document_id
                where e.id > %s and e.kind <> 'ISSUED'""".formatted(after)).query(UUID.class).list());
        touched.addAll(jdbc.sql("select person_id from migration_status where id > " + after)
                .query(UUID.class).list());
        Timestamp at = Timestamp.from(since);
        touched.addAll(jdbc.sql("select person_id from person_correction where at > :at")
                .param("at", at).query(UUID.class).list());
        jdbc.sql("select survivor_id, merged_id from person_merge where updated_at > :at").param("at", at)
                .query(rs -> {
                    touched.add(rs.getObject(1, UUID.class));
                    touched.add(rs.getObject(2, UUID.class));
                });
        touched.removeAll(seen);
        refresh(touched);
        lastCatchUp = now;
    }

    /**
     * Reloads the index when its document count differs from the database's and the database has
     * stopped growing (an import still running explains a difference; a missed commit does not).
     */
    @Override
    public synchronized void reconcile() {
        if (!ready) {
            return;
        }
        long count = jdbc.sql("select count(*) from identity_document").query(Long.class).single();
        if (count != size() && count == lastCount) {
            log.info("verification index reloading: {} documents held, {} registered", size(), count);
            load();
        }
        lastCount = count;
    }

    /** Reads rows into the table; returns the people whose documents were read. */
    private Set<UUID> readInto(Table into, String sql, String name, Object value) {
        Set<UUID> people = new HashSet<>();
        var statement = name == null ? jdbc.sql(sql) : jdbc.sql(sql).param(name, value);
        statement.query(rs -> {
            Held held = held(rs);
            into.put(DocumentType.valueOf(rs.getString("doc_type")), held);
            people.add(held.personId());
        });
        return people;
    }

    private Held held(ResultSet rs) throws SQLException {
        String calidad = rs.getString("calidad");
        return new Held(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("number"),
                DocumentStatus.valueOf(rs.getString("status")),
                Held.epochDay(rs.getObject("issued_on", LocalDate.class)),
                Held.epochDay(rs.getObject("expires_on", LocalDate.class)),
                Held.epochDay(rs.getObject("birth_date", LocalDate.class)), rs.getBoolean("work_authorised"),
                shared(Documents.initials(rs.getString("given_names"), rs.getString("first_surname"))),
                shared(rs.getString("nationality")), calidad == null ? null : CalidadMigratoria.valueOf(calidad));
    }

    private String shared(String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }
}
