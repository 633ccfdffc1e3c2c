package org.bonemet.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lists as {@code required} every property a response always carries, so that generated clients type them as
 * present (non-null in Kotlin and Java, not optional in TypeScript). Absent values are left out of responses, so a
 * property that can be absent says so with the extension {@code x-optional} on its {@code @Schema}; the extension is
 * consumed here. Schemas that clients also send (request bodies) keep their own rules: what a client may leave out
 * is never required of it. The response check of the test suite fails on any response that lacks a required property.
 */
final class RequiredFields {

    static final String OPTIONAL = org.bonemet.content.Views.OPTIONAL;

    private RequiredFields() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        Set<String> received = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                reach(operation.getRequestBody().getContent(), schemas, sent);
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> reach(response.getContent(), schemas, received));
        }));
        openAPI.getComponents().getResponses().values().forEach(response -> reach(response.getContent(), schemas, received));
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            schema.getProperties().forEach((property, definition) -> {
                // read as an extension, or as a plain member where the document was read back from JSON
                boolean optional = definition.getExtensions() != null && definition.getExtensions().containsKey(OPTIONAL)
                        || definition.get(OPTIONAL) != null;
                if (optional) {
                    definition.removeExtension(OPTIONAL);
                    definition.set(OPTIONAL, null);
                } else if (received.contains(name) && !sent.contains(name) && !required.contains(property)) {
                    required.add(property);
                }
            });
            schema.setRequired(required.isEmpty() ? null : required);
        });
    }

    private static void reach(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(media -> {
            if (media.getSchema() != null) {
                todo.add(media.getSchema());
            }
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.containsKey(name)) {
                    todo.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
            if (schema.getItems() != null) {
                todo.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.add(schema.getAdditionalPropertiesSchema());
            }
        }
    }
}
