package org.puente.server.register;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.puente.server.access.Staff;
import org.puente.server.common.BulkWriter;
import org.puente.server.common.FieldProblem;
import org.puente.server.common.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports people with their first document from a CSV file, streaming: rows are read one at a
 * time and committed in batches, each batch in one transaction with the job's progress and its
 * rejected rows. Killed part-way, a re-run of the same file skips the committed rows (by
 * {@code record_id}) and completes the rest, so nothing is lost or doubled.
 */
@Service
class CsvImport {

    private static final Logger log = LoggerFactory.getLogger(CsvImport.class);

    /** What the caller sees while an import runs. */
    interface Listener {
        Listener NONE = new Listener() {
        };

        default void progress(long bytesRead) {
        }

        default void rejected(ImportJob.Rejection rejection) {
        }
    }

    private final BulkRegistration bulk;
    private final ImportJobs jobs;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;
    private final int batchSize;
    private final int writers;

    CsvImport(BulkRegistration bulk, ImportJobs jobs, TransactionTemplate transactions, MessageSource messages,
              Clock clock, BulkWriter bulkWriter, @Value("${puente.import.batch-size:5000}") int batchSize,
              @Value("${puente.import.writers:0}") int writers) {
        this.bulk = bulk;
        this.jobs = jobs;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
        this.batchSize = batchSize;
        // Two transactions at once keep PostgreSQL busy on two cores; H2 writes one at a time anyway.
        this.writers = writers > 0 ? writers : bulkWriter.isPostgres() ? 2 : 1;
    }

    /** Records a new import of {@code file} and returns its id; {@link #run} does the work. */
    UUID open(String sourceName, Path file, Staff actor) {
        UUID id = Ids.next(clock);
        try {
            long size = Files.size(file);
            transactions.executeWithoutResult(tx -> jobs.create(id, sourceName, actor.username(), size, clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    ImportJob job(UUID id) {
        return jobs.find(id).orElseThrow();
    }

    List<ImportJob.Rejection> rejections(UUID id, int limit) {
        return jobs.rejections(id, limit);
    }

    /** Runs an opened import to its end; rejection reasons are written in {@code locale}. */
    ImportJob run(UUID jobId, Path file, Staff actor, Locale locale, Listener listener) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Run run = new Run(jobId, actor, locale, listener);
            try {
                run.read(new CsvRecords(in));
            } finally {
                run.close();
            }
        } catch (IOException | RuntimeException e) {
            log.error("import {} failed", jobId, org.puente.server.web.Scrubbed.of(e));
            transactions.executeWithoutResult(tx -> jobs.finish(jobId, ImportJob.FAILED,
                    messages.getMessage("import.failure.unexpected", null, locale), clock.instant()));
            return job(jobId);
        }
        return job(jobId);
    }

    private final class Run {
        private final UUID jobId;
        private final Staff actor;
        private final Locale locale;
        private final Listener listener;
        private final String purpose;
        private final LocalDate today = LocalDate.now(clock);
        private final List<BulkDraft> drafts = new ArrayList<>();
        private final List<ImportJob.Rejection> rejected = new ArrayList<>();
        private long position;
        private long read;
        private long readFlushed;
        private final java.util.concurrent.atomic.AtomicLong imported = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong rejectedCount = new java.util.concurrent.atomic.AtomicLong();
        private long reported;
        private final java.util.concurrent.ExecutorService writer;
        private final java.util.ArrayDeque<java.util.concurrent.Future<?>> pending = new java.util.ArrayDeque<>();

        Run(UUID jobId, Staff actor, Locale locale, Listener listener) {
            this.jobId = jobId;
            this.actor = actor;
            this.locale = locale;
            this.listener = listener;
            this.purpose = "bulk import " + jobId;
            var names = new java.util.concurrent.atomic.AtomicInteger();
            this.writer = java.util.concurrent.Executors.newFixedThreadPool(writers,
                    r -> new Thread(r, "import-writer-" + names.incrementAndGet()));
        }

        void read(CsvRecords records) throws IOException {
            CsvRecords.Record header = records.next();
            while (header != null && header.text() != null && header.text().isBlank()) {
                header = records.next();
            }
            CsvPeople columns = header == null || header.text() == null ? null : new CsvPeople(fields(header.text()));
            List<String> missing = columns == null ? CsvPeople.REQUIRED : columns.missingColumns();
            if (!missing.isEmpty()) {
                String failure = messages.getMessage("validation.csv.columns",
                        new Object[] {String.join(", ", missing)}, locale);
                transactions.executeWithoutResult(tx -> jobs.finish(jobId, ImportJob.FAILED, failure, clock.instant()));
                log.info("import {} refused: {} required columns missing", jobId, missing.size());
                return;
            }
            for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                position = record.position();
                if (record.problem() != null) {
                    read++;
                    reject(record.line(), null, List.of(FieldProblem.of("line", record.problem())));
                } else if (!record.text().isBlank()) {
                    read++;
                    row(columns, record);
                }
                if (drafts.size() >= batchSize || rejected.size() >= batchSize) {
                    flush();
                }
            }
            flush();
            awaitWrites(0);
            transactions.executeWithoutResult(tx -> jobs.finish(jobId, ImportJob.DONE, null, clock.instant()));
            if (imported.get() >= DemoData.LARGE_LOAD) {
                bulk.refreshStatistics(); // housekeeping after the import, not part of it
            }
            log.info("import {} done: {} read, {} imported, {} skipped, {} rejected", jobId, read, imported.get(),
                    skipped.get(), rejectedCount.get());
        }

        private void row(CsvPeople columns, CsvRecords.Record record) {
            List<String> values;
            try {
                values = fields(record.text());
            } catch (IllegalStateException | UncheckedIOException e) {
                reject(record.line(), null, List.of(FieldProblem.of("line", "import.line.quoting")));
                return;
            }
            CsvPeople.Row row = columns.parse(record.line(), values, today);
            if (row.draft() == null) {
                reject(record.line(), columns.recordId(values), row.problems());
            } else {
                drafts.add(row.draft());
            }
        }

        private void reject(long line, String recordId, List<FieldProblem> problems) {
            rejected.add(new ImportJob.Rejection(line, recordId, reason(problems)));
        }

        private String reason(List<FieldProblem> problems) {
            StringJoiner out = new StringJoiner(" ");
            for (FieldProblem p : problems) {
                String message = messages.getMessage(p.code(), p.argsArray(), p.code(), locale);
                out.add(p.field().equals("line") ? message
                        : CsvPeople.COLUMNS.getOrDefault(p.field(), p.field()) + ": " + message);
            }
            return out.toString();
        }

        /**
         * Hands the batch to a writer thread and goes on reading: parsing the next batch overlaps
         * with writing this one. On PostgreSQL two batches are written at once, each in its own
         * transaction, so the database works on both cores; each transaction takes the shared locks
         * (audit head, job row) only in its last statements, just before it commits. Batches may
         * commit out of file order: a re-run skips committed rows by record id, so this is safe.
         */
        private void flush() {
            List<BulkDraft> batch = List.copyOf(drafts);
            List<ImportJob.Rejection> refused = new ArrayList<>(rejected);
            long at = position;
            long readDelta = read - readFlushed;
            readFlushed = read;
            rejected.clear();
            drafts.clear();
            awaitWrites(writers - 1);
            pending.add(writer.submit(() -> commit(batch, refused, at, readDelta)));
        }

        /** Lets batches still being written finish, so the job's record matches what was committed. */
        void close() {
            writer.shutdown();
            try {
                writer.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits until at most {@code inFlight} batches are still being written; a failed batch fails the run. */
        private void awaitWrites(int inFlight) {
            while (pending.size() > inFlight) {
                try {
                    pending.peek().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                } finally {
                    pending.poll();
                }
            }
        }

        private void commit(List<BulkDraft> batch, List<ImportJob.Rejection> refused, long at, long readDelta) {
            BulkOutcome outcome = null;
            for (int attempt = 1; outcome == null; attempt++) {
                try {
                    outcome = write(batch, refused, at, readDelta);
                } catch (DataIntegrityViolationException | org.springframework.dao.ConcurrencyFailureException raced) {
                    // Another batch or import committed some of these record ids or documents
                    // meanwhile (or the database broke a lock cycle between two batches): look again.
                    if (attempt == 3) {
                        throw raced;
                    }
                }
            }
            imported.addAndGet(outcome.imported());
            skipped.addAndGet(outcome.skipped());
            rejectedCount.addAndGet(refused.size());
            synchronized (this) {
                refused.stream().sorted((a, b) -> Long.compare(a.line(), b.line())).forEach(listener::rejected);
                if (at > reported) {
                    reported = at;
                    listener.progress(at);
                }
            }
        }

        private BulkOutcome write(List<BulkDraft> batch, List<ImportJob.Rejection> refused, long at, long readDelta) {
            return transactions.execute(tx -> {
                BulkOutcome outcome = bulk.register(batch, actor, purpose);
                List<ImportJob.Rejection> all = new ArrayList<>(refused);
                for (BulkOutcome.Rejection r : outcome.rejected()) {
                    all.add(new ImportJob.Rejection(r.line(), r.recordId(), reason(r.problems())));
                }
                jobs.addRejections(jobId, all);
                jobs.addProgress(jobId, at, readDelta, outcome.imported(), outcome.skipped(), all.size(), clock.instant());
                refused.clear();
                refused.addAll(all);
                return outcome;
            });
        }
    }

    /** The fields of one record; commons-csv reports broken quoting as an exception. */
    static List<String> fields(String text) {
        if (text.indexOf('"') < 0) {
            // No quoting on the line: a plain split is what the CSV parser would produce, much cheaper.
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            if (text.indexOf('\r') >= 0 && text.indexOf('\r') < end) {
                return parsed(text); // a carriage return inside the line: let the parser decide
            }
            text = text.substring(0, end);
            List<String> out = new ArrayList<>(12);
            int from = 0;
            for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
                out.add(text.substring(from, comma));
                from = comma + 1;
            }
            out.add(text.substring(from));
            return out;
        }
        return parsed(text);
    }

    private static List<String> parsed(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            if (records.size() > 1) {
                throw new IllegalStateException("more than one record");
            }
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
