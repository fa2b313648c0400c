package org.puente.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Puente: one Register of Migrants, its staff pages and API. {@link Launcher} chooses between
 * serving ({@code serve}) and the command-line tasks ({@code import}, {@code demo},
 * {@code audit-verify}), which run the same application without its web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class PuenteServer {

    public static void main(String[] args) {
        int status = Launcher.run(args);
        if (status >= 0) {
            System.exit(status);
        }
    }
}
