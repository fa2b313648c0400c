package org.puente.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the API describes itself at {@code /v3/api-docs} (and the page at {@code /api-docs}). */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI puenteApi() {
        return new OpenAPI()
                .info(new Info().title("Puente API").version("v1").description("""
                        Register of Migrants of Peru. Staff scripts authenticate with HTTP Basic; errors are \
                        RFC 9457 problem+json with field-level messages in the caller's language \
                        (Accept-Language: es, en). Send X-Purpose to record why a record is consulted; \
                        send Idempotency-Key on creates to retry safely."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
