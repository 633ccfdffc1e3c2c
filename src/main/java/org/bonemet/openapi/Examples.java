package org.bonemet.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Realistic examples in the contract: real answers of this service, kept in {@code src/main/resources/examples/}
 * by operation id (and {@code problems/} by shared problem response), lists cut to two items. The test suite
 * records them ({@code -Dcontract.examples=src/main/resources/examples}) and checks each against its schema.
 */
final class Examples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Examples() {
    }

    /** Puts its recorded example on every successful JSON answer of the operation that has none. */
    static void apply(Operation operation) {
        if (operation.getOperationId() == null || operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                apply(operation.getOperationId(), response);
            }
        });
    }

    /** Puts the example recorded under {@code name} on the JSON media types of a response that have none. */
    static void apply(String name, APIResponse response) {
        if (response.getRef() != null || response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (type.endsWith("json") && media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                read(name).ifPresent(media::setExample);
            }
        });
    }

    /**
     * Gives an answer that has no recorded example of its own the example of another answer with the same schema
     * (every collection's editorial writes answer with the same draft summary).
     */
    static void share(OpenAPI openAPI) {
        Map<String, Object> bySchema = new HashMap<>();
        List<MediaType> missing = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values().forEach(media -> {
                            String schema = media.getSchema() == null ? null : media.getSchema().getRef();
                            if (schema != null && media.getExample() != null) {
                                bySchema.putIfAbsent(schema, media.getExample());
                            } else if (schema != null) {
                                missing.add(media);
                            }
                        });
                    }
                })));
        missing.forEach(media -> {
            Object example = bySchema.get(media.getSchema().getRef());
            if (example != null) {
                media.setExample(example);
            }
        });
    }

    private static Optional<Object> read(String name) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream("examples/" + name + ".json")) {
            return in == null ? Optional.empty() : Optional.of(JSON.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example " + name, e);
        }
    }
}
