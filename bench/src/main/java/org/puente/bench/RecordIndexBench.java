package org.puente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What storing a verification record costs on H2 by the shape of its reference (decision 0016):
 * the {@code verification_record} table as the migrations leave it, {@code existing} records
 * first, then {@code added} more in batches of {@code batch} (one commit each, as the journal's
 * storer writes them), timed. Three variants side by side in one run, each on a fresh database:
 * <ul>
 *   <li>{@code random}: references of 80 random bits (before decision 0016);</li>
 *   <li>{@code timed}: 25 bits of milliseconds, then 55 random bits (as now), at 10,000 records a second;</li>
 *   <li>{@code no-reference-index}: the same table without the unique index on references (the floor);</li>
 *   <li>{@code holder-blocks}: time-ordered references, no index on {@code (document_id, seq)}, and
 *       each block of 50,000 records indexed by document in one sorted pass (decision 0017).</li>
 * </ul>
 * The first three keep the index on {@code (document_id, seq)} that decision 0017 replaced.
 * Usage: {@code RecordIndexBench <dir> [existing] [added] [batch]} (defaults 1000000 200000 500).
 */
public final class RecordIndexBench {

    private static final long HOLDER_BLOCK = 50_000;
    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int existing = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int added = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Files.createDirectories(dir);
        for (String variant : new String[] {"random", "timed", "no-reference-index", "holder-blocks"}) {
            run(dir, variant, existing, added, batch);
        }
    }

    static void run(Path dir, String variant, int existing, int added, int batch) throws Exception {
        Path file = dir.resolve(variant + ".mv.db");
        Files.deleteIfExists(file);
        SplittableRandom random = new SplittableRandom(42);
        String url = "jdbc:h2:file:" + dir.resolve(variant).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            // V7__create_verification.sql, less the index V14 drops.
            db.createStatement().execute("""
                    create table verification_record (
                        seq bigint primary key, reference varchar(24) not null%s,
                        at timestamp with time zone not null, channel varchar(8) not null, relying_party_id uuid,
                        purpose varchar(16), document_type varchar(24) not null, document_id uuid,
                        outcome varchar(10) not null, prev_hash varchar(64) not null, hash varchar(64) not null)"""
                    .formatted(variant.equals("no-reference-index") ? "" : " unique"));
            boolean blocks = variant.equals("holder-blocks");
            if (blocks) {
                // V15__index_verifications_by_holder_in_blocks.sql
                db.createStatement().execute("""
                        create table verification_holder (block bigint not null, document_id uuid not null,
                            seq bigint not null, primary key (block, document_id, seq))""");
            } else {
                db.createStatement().execute(
                        "create index verification_record_document on verification_record (document_id, seq)");
            }
            PreparedStatement pass = !blocks ? null : db.prepareStatement("""
                    insert into verification_holder (block, document_id, seq)
                    select ?, document_id, seq from verification_record
                    where seq > ? and seq <= ? and document_id is not null order by document_id, seq""");
            db.setAutoCommit(false);
            PreparedStatement insert = db.prepareStatement("insert into verification_record (seq, reference, at, "
                    + "channel, relying_party_id, purpose, document_type, document_id, outcome, prev_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            UUID party = new UUID(random.nextLong(), random.nextLong());
            String hash = "0".repeat(64);
            long start = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli() * 10; // tenths of a millisecond
            long timed = 0;
            for (long seq = 0; seq < existing + added; ) {
                if (seq == existing) {
                    timed = System.nanoTime();
                }
                for (int i = 0; i < batch; i++) {
                    seq++;
                    long tenths = start + seq; // 10,000 records a second
                    insert.setLong(1, seq);
                    insert.setString(2, reference(variant.equals("random") ? -1 : tenths / 10, random));
                    insert.setObject(3, OffsetDateTime.ofInstant(Instant.ofEpochMilli(tenths / 10), ZoneOffset.UTC));
                    insert.setString(4, "API");
                    insert.setObject(5, party);
                    insert.setString(6, "EMPLOYMENT");
                    insert.setString(7, "CPP");
                    insert.setObject(8, new UUID(random.nextLong(), random.nextLong()));
                    insert.setString(9, "VALID");
                    insert.setString(10, hash);
                    insert.setString(11, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
                db.commit();
                if (blocks && seq % HOLDER_BLOCK == 0) { // as HolderIndex: one transaction per block
                    pass.setLong(1, seq / HOLDER_BLOCK - 1);
                    pass.setLong(2, seq - HOLDER_BLOCK);
                    pass.setLong(3, seq);
                    pass.executeUpdate();
                    db.commit();
                }
            }
            double micros = (System.nanoTime() - timed) / 1000.0 / added;
            System.out.printf("%-20s %6.1f us per record (%d added to %d, batches of %d)%n", variant, micros, added,
                    existing, batch);
        }
        System.out.printf("%-20s %6d MB database file%n", "", Files.size(file) >> 20);
        Files.deleteIfExists(file);
    }

    /** Sixteen symbols: 80 random bits, or 25 bits of milliseconds then 55 random bits (check symbol left out). */
    static String reference(long millis, SplittableRandom random) {
        long high = random.nextLong() >>> 24;
        long low = random.nextLong() >>> 24;
        if (millis >= 0) {
            high = ((millis & ((1L << 25) - 1)) << 15) | (high & ((1L << 15) - 1));
        }
        StringBuilder out = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            long half = i < 8 ? high : low;
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(SYMBOLS.charAt((int) ((half >>> (35 - 5 * (i % 8))) & 31)));
        }
        return out.toString();
    }
}
