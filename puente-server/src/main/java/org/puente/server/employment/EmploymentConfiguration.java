package org.puente.server.employment;

import java.util.List;

import org.puente.server.access.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The employers' hiring-limit check is open to everyone; the simulator is for analysts. */
@Configuration
class EmploymentConfiguration {

    @Bean
    PublicPaths employmentPublicPaths() {
        return new PublicPaths(List.of("/employers", "/employers/**"), List.of());
    }
}
