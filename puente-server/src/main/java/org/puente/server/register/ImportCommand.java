package org.puente.server.register;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.puente.server.access.Staff;
import org.puente.server.common.CommandOptions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code puente import --input people.csv [--lang en]}: imports a CSV file with a progress bar,
 * prints a summary with the first rejected rows, and writes every rejected row to
 * {@code <input>.rejected.csv}. Exit codes: 0 all rows imported or already present, 1 some
 * rows rejected, 2 nothing imported (no file, required columns missing), 3 unexpected failure.
 */
@Component
@ConditionalOnProperty(name = "puente.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int SHOWN_REJECTIONS = 10;

    private final CsvImport imports;
    private final MessageSource messages;
    private final PrintStream out = System.out;
    private int exitCode;

    ImportCommand(CsvImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        CommandOptions options = CommandOptions.parse(List.of(args.getSourceArgs()));
        Locale locale = options.get("lang").filter("en"::equals).map(l -> Locale.ENGLISH).orElse(Locale.of("es", "PE"));
        var input = options.get("input");
        if (input.isEmpty() || !Files.isReadable(Path.of(input.get()))) {
            System.err.println(text("import.cli.noInput", locale, input.orElse("")));
            exitCode = 2;
            return;
        }
        Path file = Path.of(input.get());
        Path report = file.resolveSibling(file.getFileName() + ".rejected.csv");
        Files.deleteIfExists(report);
        Staff actor = Staff.system("import");
        var id = imports.open(file.getFileName().toString(), file, actor);
        List<ImportJob.Rejection> first = new ArrayList<>();
        ImportJob job;
        try (var bar = new ProgressBarBuilder().setTaskName(text("import.cli.task", locale))
                .setInitialMax(Files.size(file)).setUnit(" MB", 1 << 20).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250).showSpeed().build();
             var writer = new ReportWriter(report)) {
            job = imports.run(id, file, actor, locale, new CsvImport.Listener() {
                @Override
                public void progress(long bytesRead) {
                    bar.stepTo(bytesRead);
                }

                @Override
                public void rejected(ImportJob.Rejection rejection) {
                    if (first.size() < SHOWN_REJECTIONS) {
                        first.add(rejection);
                    }
                    writer.write(rejection);
                }
            });
            if (job.failure() == null) {
                bar.stepTo(Files.size(file));
            }
        }
        if (job.failure() != null) {
            System.err.println(job.failure());
            exitCode = job.rowsRead() == 0 ? 2 : 3;
            return;
        }
        out.println(text("import.cli.summary", locale, job.rowsRead(), job.imported(), job.skipped(), job.rejected()));
        for (ImportJob.Rejection r : first) {
            out.println(text("import.cli.rejection", locale, r.line(), r.recordId() == null ? "-" : r.recordId(),
                    r.reason()));
        }
        if (job.rejected() > 0) {
            out.println(text("import.cli.report", locale, report.toAbsolutePath()));
        }
        exitCode = job.rejected() > 0 ? 1 : 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** The full list of rejected rows, written as they come so memory stays flat. */
    private static final class ReportWriter implements AutoCloseable {
        private final Path path;
        private CSVPrinter printer;

        ReportWriter(Path path) {
            this.path = path;
        }

        void write(ImportJob.Rejection r) {
            try {
                if (printer == null) {
                    BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                    printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("line", "record_id", "reason").get());
                }
                printer.printRecord(r.line(), r.recordId(), r.reason());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (printer != null) {
                printer.close();
            }
        }
    }
}
