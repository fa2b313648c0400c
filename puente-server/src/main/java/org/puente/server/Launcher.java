package org.puente.server;

import java.util.Arrays;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the subcommand and starts Puente accordingly. Every subcommand runs the same Spring
 * application, so it honours the same configuration (environment variables) as the server.
 */
final class Launcher {

    static final String USAGE = """
            usage: puente <command> [options]
              serve                         start the server (default)
              import --input people.csv     import people with documents from CSV
              link --input people.csv --output clusters.csv
                                            find records of the same person (no server, no database;
                                            "puente link --help" for every option)
              link --register               batch pass over the register: fill the duplicates review queue
              demo --people N               add N generated people (and the fixed demo set)
              audit-verify                  check the audit log's hash chain
              backup --to FILE.zip          online backup of the embedded database
              restore --from FILE.zip       restore it into PUENTE_DATA_DIR (server stopped)
            """;

    private Launcher() {
    }

    static int run(String[] args) {
        String command = args.length == 0 || args[0].startsWith("--") ? "serve" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> {
                SpringApplication.run(PuenteServer.class, rest);
                return -1; // keep running: the web server's threads hold the JVM
            }
            case "restore" -> {
                return restore(rest);
            }
            case "link" -> {
                if (!Arrays.asList(rest).contains("--register")) {
                    // Plain Java: entity resolution of files needs neither Spring nor the database.
                    return org.puente.linkage.cli.LinkCommand.run(rest, System.out, System.err);
                }
                return runCommand("link-register", rest);
            }
            case "import", "demo", "audit-verify", "backup" -> {
                return runCommand(command, rest);
            }
            case "help", "--help", "-h" -> {
                System.out.print(USAGE);
                return 0;
            }
            default -> {
                System.err.print("unknown command: " + command + "\n" + USAGE);
                return 2;
            }
        }
    }

    /** Runs a command-line task in the Spring application, without its web server. */
    private static int runCommand(String command, String[] rest) {
        // System properties outrank application.yml (builder defaults would not).
        System.setProperty("puente.command", command);
        System.setProperty("puente.demo-seed", "false");
        System.setProperty("spring.main.banner-mode", "off");
        System.setProperty("logging.level.root", "WARN");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PuenteServer.class)
                .web(WebApplicationType.NONE)
                .run(rest);
        return SpringApplication.exit(context, context.getBeanProvider(ExitCodeGenerator.class)
                .orderedStream().toArray(ExitCodeGenerator[]::new));
    }

    /** Runs without Spring: the database must be closed while its file is replaced. */
    private static int restore(String[] args) {
        int at = Arrays.asList(args).indexOf("--from");
        if (at < 0 || at + 1 >= args.length) {
            System.err.println("usage: puente restore --from FILE.zip");
            return 2;
        }
        if (System.getenv("PUENTE_DB_URL") != null) {
            System.err.println("PUENTE_DB_URL is set: restore PostgreSQL with pg_restore (see docs/operations.md).");
            return 2;
        }
        java.nio.file.Path dataDir = java.nio.file.Path.of(System.getenv().getOrDefault("PUENTE_DATA_DIR", "./data"));
        try {
            var keptAside = org.puente.server.operations.EmbeddedBackup.restore(java.nio.file.Path.of(args[at + 1]), dataDir);
            System.out.println("restored into " + dataDir.toAbsolutePath()
                    + (keptAside == null ? "" : "; the previous database was kept as " + keptAside.getFileName()));
            return 0;
        } catch (Exception e) {
            System.err.println("restore failed: " + e.getMessage());
            return 1;
        }
    }
}
