package org.puente.server.register;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.puente.server.access.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Fills a register with the fixed demo set and generated people, through the bulk path. */
@Service
class DemoData {

    static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final BulkRegistration bulk;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoData(BulkRegistration bulk, JdbcClient jdbc, Clock clock) {
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean hasDemoData() {
        return jdbc.sql("select count(*) from person where source_record_id = 'demo-fixed-1'")
                .query(Long.class).single() > 0;
    }

    /** Adds the fixed set if missing; returns how many of its people were added. */
    int addFixedSet() {
        return bulk.register(DemoPeople.fixedSet(LocalDate.now(clock)), Staff.system("demo"), "demo data").imported();
    }

    /** From this many rows on, a load refreshes the planner's statistics when it ends. */
    static final long LARGE_LOAD = 10_000;

    /** Adds people 0..count-1 of a seed (those already present are skipped); returns how many were added. */
    long addGenerated(long count, long seed, LongConsumer progress) {
        DemoPeople people = new DemoPeople(seed, LocalDate.now(clock));
        long added = 0;
        List<BulkDraft> batch = new ArrayList<>(BATCH);
        for (long n = 0; n < count; n++) {
            batch.add(people.person(n));
            if (batch.size() == BATCH || n == count - 1) {
                added += bulk.register(batch, Staff.system("demo"), "demo data").imported();
                batch.clear();
                progress.accept(n + 1);
            }
        }
        if (added >= LARGE_LOAD) {
            bulk.refreshStatistics();
        }
        log.info("demo data: {} of {} generated people added (seed {})", added, count, seed);
        return added;
    }

    /** The fixed set's documents as the README lists them: no names. */
    static void printFixedSet(PrintStream out, LocalDate today) {
        out.println("Demo documents (type, number, birth date, state):");
        for (BulkDraft d : DemoPeople.fixedSet(today)) {
            NewDocument doc = d.person().document();
            String state = d.document().status() == DocumentStatus.REVOKED ? "REVOKED"
                    : doc.expiresOn().isBefore(today) ? "EXPIRED (" + doc.expiresOn() + ")"
                    : "ACTIVE until " + doc.expiresOn();
            out.printf("  %-19s %-10s %s  %s%n", doc.type(), doc.number(), d.person().birthDate(), state);
        }
    }
}
