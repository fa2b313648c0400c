package org.puente.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puente in a separate JVM, started like {@code ./puente serve} and killable with SIGKILL, for
 * tests of what survives a crash.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServerProcess start(Map<String, String> environment, List<String> arguments, Path log)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), PuenteServer.class.getName(), "serve",
                "--server.port=" + port, "--puente.demo-seed=false"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PUENTE_DEMO", "true");
        if (!environment.containsKey("PUENTE_DATA_DIR")) {
            // The verification journal's files: beside the log, so a restarted server finds them.
            builder.environment().putIfAbsent("PUENTE_JOURNAL_DIR", log.resolveSibling("verification-journal").toString());
        }
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitHealthy(Duration.ofSeconds(90));
        return server;
    }

    public int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, like a power cut of the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue());
            }
            try {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server did not become healthy in " + timeout);
    }

}
