package org.bonemet.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every response a test receives against the committed contract, {@code openapi/openapi.json}: the
 * operation must declare the status, the status its media type, and the body must validate against the declared
 * schema (JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary). A response that breaks the contract fails the test
 * that received it. Paths the contract does not describe (unknown paths, {@code /q/...}) are only checked to be
 * RFC 9457 problems when they say so.
 */
public final class ResponseContract implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "https://contract.bonemet.invalid/openapi.json";

    static final ResponseContract INSTANCE = new ResponseContract(Path.of("openapi/openapi.json"));

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int parameters) {
    }

    ResponseContract(Path file) {
        try {
            String text = Files.readString(file);
            document = JSON.readTree(text);
            factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                    .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, text))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.path("paths").fieldNames().forEachRemaining(template -> {
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            routes.add(new Route(template, Pattern.compile("^" + regex + "$"), template.split("\\{", -1).length - 1));
        });
        routes.sort(Comparator.comparingInt(Route::parameters));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response received = context.next(request, response);
        List<String> violations = violations(request.getMethod(), URI.create(request.getURI()).getRawPath(), received.statusCode(),
                received.contentType(), decoded(received));
        String record = System.getProperty("contract.record");
        if (!violations.isEmpty() && record != null) {
            // -Dcontract.record=FILE lists every violation of a whole run instead of failing on the first
            try {
                Files.writeString(Path.of(record), String.join("\n", violations) + "\n", java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (!violations.isEmpty()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + request.getURI() + " (" + received.statusCode()
                    + ") breaks openapi/openapi.json:\n  " + String.join("\n  ", violations));
        }
        String examples = System.getProperty("contract.examples");
        if (examples != null && violations.isEmpty()) {
            example(Path.of(examples), request.getMethod(), URI.create(request.getURI()).getRawPath(), received);
        }
        return received;
    }

    /**
     * With {@code -Dcontract.examples=DIR}, keeps the first English answer of each operation (2xx, by operation id) and
     * of each shared problem response (by its name) as the example the contract shows, lists cut to two items.
     */
    private void example(Path directory, String method, String path, Response received) {
        String language = received.header("Content-Language");
        if (received.contentType() == null || !received.contentType().contains("json") || (language != null && !language.equals("en"))) {
            return;
        }
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        JsonNode operation = route.map(r -> document.path("paths").path(r.template()).path(method.toLowerCase())).orElse(null);
        if (operation == null || operation.isMissingNode()) {
            return;
        }
        String name;
        if (received.statusCode() / 100 == 2) {
            name = operation.path("operationId").asText();
        } else if (received.statusCode() >= 400) {
            String ref = operation.path("responses").path(String.valueOf(received.statusCode())).path("$ref").asText("");
            name = ref.isEmpty() ? "" : "problems/" + ref.substring(ref.lastIndexOf('/') + 1);
        } else {
            return;
        }
        Path file = directory.resolve(name + ".json");
        if (name.isEmpty() || name.equals("problems/") || Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shortened(JSON.readTree(decoded(received)))) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode shortened(JsonNode node) {
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            for (int i = 0; i < Math.min(2, node.size()); i++) {
                copy.add(shortened(node.get(i)));
            }
            return copy;
        }
        if (node.isObject()) {
            var copy = JSON.createObjectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), shortened(e.getValue())));
            return copy;
        }
        return node;
    }

    /** What is wrong with a response to {@code method path}; empty when it keeps the contract. */
    List<String> violations(String method, String path, int status, String contentType, byte[] body) {
        String media = contentType == null || contentType.isBlank() ? null : contentType.split(";")[0].trim();
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        JsonNode operation = route.map(r -> document.path("paths").path(r.template()).path(method.toLowerCase())).orElse(null);
        if (operation == null || operation.isMissingNode()) {
            // not an operation of the contract (unknown path or method, /q/...): a problem body must still be one
            return "application/problem+json".equals(media) ? validate("#/components/schemas/Problem", body) : List.of();
        }
        String pointer = "/paths/" + escape(route.get().template()) + "/" + method.toLowerCase() + "/responses/";
        JsonNode responses = operation.path("responses");
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            code = responses.has(status / 100 + "XX") ? status / 100 + "XX" : "default";
        }
        if (!responses.has(code)) {
            return List.of("status " + status + " is not declared");
        }
        JsonNode declared = responses.path(code);
        if (declared.has("$ref")) {
            pointer = declared.path("$ref").asText().substring(1) + "/";
            declared = document.at(pointer.substring(0, pointer.length() - 1));
        } else {
            pointer += escape(code) + "/";
        }
        if (body.length == 0 || media == null) {
            return List.of();
        }
        JsonNode content = declared.path("content");
        if (!content.has(media)) {
            return List.of("media type " + media + " is not declared for " + status + " (declared: " + content.properties().stream()
                    .map(Map.Entry::getKey).toList() + ")");
        }
        if (!content.path(media).has("schema") || !media.endsWith("json")) {
            return List.of();
        }
        return validate("#" + pointer + "content/" + escape(media) + "/schema", body);
    }

    List<String> validate(String fragment, byte[] body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        JsonSchema schema = schemas.computeIfAbsent(fragment, f -> factory.getSchema(SchemaLocation.of(DOCUMENT + f)));
        return schema.validate(instance).stream().map(m -> m.getMessage() + ("required".equals(m.getType()) ? " (" + m.getSchemaLocation()
                .getFragment() + ")" : "")).sorted().limit(200).toList();
    }

    /** The body as sent before compression, for tests that read the gzip bytes themselves. */
    private static byte[] decoded(Response response) {
        byte[] body = response.asByteArray();
        if (body.length > 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /** A JSON Pointer token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
