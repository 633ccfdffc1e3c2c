package org.bonemet.openapi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bonemet.http.MemoryRoute;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves the OpenAPI document from memory, written on its first request rather than as the service starts. Quarkus
 * writes it in JSON and in YAML during startup unless it is told to write it per request
 * ({@code quarkus.smallrye-openapi.always-run-filter}), and that was two fifths of the startup's main thread
 * (bench/README.md). With that setting on, this route asks Quarkus once per format and keeps the bytes, so the
 * document is the same one Quarkus would serve, made once (also for HEAD, which would otherwise make it again each
 * time). OPTIONS goes on to Quarkus's handler.
 */
@ApplicationScoped
public class OpenApiDocumentRoute {

    /** Quarkus's default path for the document ({@code quarkus.smallrye-openapi.path} is not set here). */
    static final String PATH = "/q/openapi";

    @Inject
    OpenApiDocumentService service;

    private final Map<Format, byte[]> documents = new EnumMap<>(Format.class);

    void register(@Observes Router router) {
        for (String suffix : List.of("", ".json", ".yaml", ".yml")) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
                // on a worker: the first request of each format writes a half-megabyte document
                router.route(method, PATH + suffix).order(MemoryRoute.ORDER).blockingHandler(this::serve, false);
            }
        }
    }

    void serve(RoutingContext routing) {
        List<String> formats = routing.queryParam("format");
        Format format = format(routing.normalizedPath(), routing.request().getHeader(HttpHeaders.ACCEPT),
                formats.isEmpty() ? null : formats.get(0));
        byte[] document = document(format);
        HttpServerResponse response = routing.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, format.getMimeType() + ";charset=UTF-8");
        if (routing.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(document.length)).end();
        } else {
            response.end(Buffer.buffer(document));
        }
    }

    private synchronized byte[] document(Format format) {
        return documents.computeIfAbsent(format, f -> service.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, f));
    }

    /**
     * The format Quarkus's own handler chooses: the path's extension, else JSON when Accept names JSON or the
     * {@code format} parameter says JSON, YAML otherwise.
     */
    static Format format(String path, String accept, String formatParameter) {
        if (path.endsWith(".json")) {
            return Format.JSON;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return Format.YAML;
        }
        boolean json = (accept != null && accept.contains(Format.JSON.getMimeType())) || "JSON".equalsIgnoreCase(formatParameter);
        return json ? Format.JSON : Format.YAML;
    }
}
