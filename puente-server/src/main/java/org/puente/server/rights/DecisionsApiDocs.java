package org.puente.server.rights;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.puente.rules.Decision;
import org.puente.rules.Explanation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one operation per decision into {@code /v3/api-docs}, each with its own facts schema, answer
 * schema and example, since the controller serves them all from one path variable. Schemas of the
 * library's nested records are named after their decision ({@code HiringLimitFacts}), because every
 * decision has a {@code Facts} and an {@code Answer}.
 */
@Component
class DecisionsApiDocs implements OpenApiCustomizer {

    private static final String PROBLEM = "application/problem+json";

    private final RuleDecisions decisions;
    private final JsonMapper json;

    DecisionsApiDocs(RuleDecisions decisions, JsonMapper json) {
        this.decisions = decisions;
        this.json = json;
    }

    @Override
    public void customise(OpenAPI api) {
        var context = new ModelConverterContextImpl(new ModelResolver(Json.mapper(), new NestedNames()));
        Schema<?> explanation = context.resolve(new AnnotatedType(Explanation.class).resolveAsRef(true));
        if (api.getPaths() == null) {
            api.setPaths(new Paths());
        }
        for (Decision<?, ?> d : decisions.all()) {
            Schema<?> facts = context.resolve(new AnnotatedType(d.factsType()).resolveAsRef(true));
            Schema<?> answer = context.resolve(new AnnotatedType(d.answerType()).resolveAsRef(true));
            api.getPaths().addPathItem("/api/v1/decisions/" + d.slug(), new PathItem().post(operation(d, facts, answer,
                    explanation)));
        }
        if (api.getComponents() == null) {
            api.setComponents(new io.swagger.v3.oas.models.Components());
        }
        context.getDefinedModels().forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
    }

    private Operation operation(Decision<?, ?> d, Schema<?> facts, Schema<?> answer, Schema<?> explanation) {
        Object example = Json.mapper().convertValue(json.convertValue(d.exampleFacts(), Map.class), Object.class);
        return new Operation()
                .operationId("decide" + NestedNames.camel(d.slug()))
                .addTagsItem("Decisions")
                .summary(d.description().en())
                .description(d.description().es() + "\n\n" + d.description().en() + "\n\nRules: "
                        + String.join(", ", d.rules()) + ". Public: no credentials needed. Errors name each wrong "
                        + "fact by its path (e.g. `workers[2].monthlyPay`) in the caller's language.")
                .security(List.of())
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(facts).example(example))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The answer and its explanation")
                                .content(new Content().addMediaType("application/json", new MediaType().schema(
                                        new ObjectSchema().addProperty("answer", answer)
                                                .addProperty("explanation", explanation)))))
                        .addApiResponse("400", problem("Facts missing or invalid; `errors` names each field"))
                        .addApiResponse("413", problem("Body too large")));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new ObjectSchema())));
    }

    /** {@code HiringLimit.Facts} becomes {@code HiringLimitFacts}; top-level classes keep their name. */
    static final class NestedNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            return outer == null ? super.getNameOfClass(cls) : getNameOfClass(outer) + cls.getSimpleName();
        }

        static String camel(String slug) {
            StringBuilder out = new StringBuilder();
            for (String part : slug.split("-")) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            return out.toString();
        }
    }
}
