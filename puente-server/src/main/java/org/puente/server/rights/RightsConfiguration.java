package org.puente.server.rights;

import java.util.List;

import org.puente.server.access.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rights pages and the decisions API are open to everyone. */
@Configuration
class RightsConfiguration {

    @Bean
    PublicPaths rightsPublicPaths() {
        return new PublicPaths(List.of("/rights", "/rights/**"), List.of("/api/v1/decisions", "/api/v1/decisions/**"));
    }
}
