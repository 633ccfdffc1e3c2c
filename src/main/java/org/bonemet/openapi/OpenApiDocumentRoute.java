package org.bonemet.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bonemet.http.MemoryRoute;

import io.quarkus.runtime.LaunchMode;
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
 * Serves the OpenAPI document from memory, read or written on its first request rather than as the service starts.
 * <ul>
 * <li>The packaged service serves the document its build stored, filters applied, in both formats
 * ({@code quarkus.smallrye-openapi.store-schema-directory}, application.properties). The build leaves Quarkus's own
 * copy out of the jar, which Quarkus would otherwise read into a model at every start: about 0.3 s of the main
 * thread (bench/README.md). It is made when the jar is built, so configuration given at run time no longer changes
 * it, and Quarkus stores it without the filters when a filter fails at build time: {@code PackagedJarIT} checks that
 * the packaged service serves the committed contract. A packaged service without it refuses to start.</li>
 * <li>Dev and test mode build it from the code: Quarkus writes it in JSON and in YAML per request
 * ({@code quarkus.smallrye-openapi.always-run-filter}, which also keeps that writing out of the start), and this
 * route asks once per format and keeps the bytes (also for HEAD, which would otherwise write it again each
 * time).</li>
 * </ul>
 * OPTIONS goes on to Quarkus's handler.
 */
@ApplicationScoped
public class OpenApiDocumentRoute {

    /** Quarkus's default path for the document ({@code quarkus.smallrye-openapi.path} is not set here). */
    static final String PATH = "/q/openapi";
    /** Where the packaged build stores the document, without the format's extension. */
    static final String STORED = "META-INF/openapi/openapi";

    @Inject
    OpenApiDocumentService service;

    private final Map<Format, byte[]> documents = new EnumMap<>(Format.class);
    /** The packaged service serves the stored document; dev and test mode ask Quarkus. */
    private final boolean packaged = !LaunchMode.current().isDevOrTest();

    void register(@Observes Router router) {
        if (packaged) {
            for (Format format : Format.values()) {
                if (OpenApiDocumentRoute.class.getClassLoader().getResource(stored(format)) == null) {
                    throw new IllegalStateException(stored(format) + " is not on the class path: a build with the prod profile stores it "
                            + "(application.properties, quarkus.smallrye-openapi.store-schema-directory)");
                }
            }
        }
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
        return documents.computeIfAbsent(format, f -> packaged ? read(stored(f))
                : service.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, f));
    }

    private static String stored(Format format) {
        return STORED + (format == Format.JSON ? ".json" : ".yaml");
    }

    private static byte[] read(String name) {
        try (InputStream document = OpenApiDocumentRoute.class.getClassLoader().getResourceAsStream(name)) {
            return document.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
