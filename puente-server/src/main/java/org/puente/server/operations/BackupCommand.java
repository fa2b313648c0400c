package org.puente.server.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code ./puente backup --to FILE.zip}: an online backup of the embedded database. */
@Component
@ConditionalOnProperty(name = "puente.command", havingValue = "backup")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DataSource dataSource;
    private int exitCode;

    BackupCommand(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        List<String> args = Arrays.asList(arguments.getSourceArgs());
        int at = args.indexOf("--to");
        if (at < 0 || at + 1 >= args.size()) {
            System.err.println("usage: puente backup --to FILE.zip");
            exitCode = 2;
            return;
        }
        Path zip = Path.of(args.get(at + 1));
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:")) {
                System.err.println("This is PostgreSQL: back it up with pg_dump (see docs/operations.md).");
                exitCode = 2;
                return;
            }
            try (var backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, zip.toAbsolutePath().toString());
                backup.execute();
            }
        }
        System.out.println("backup written to " + zip.toAbsolutePath());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
