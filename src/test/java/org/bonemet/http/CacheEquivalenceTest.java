package org.bonemet.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * A public GET answered from memory is the same answer as the REST layer's: for every GET operation of the
 * committed contract, plain and compressed, in both languages and as a revalidation, the response to a cache miss
 * and to the hit that follows have the same status, headers and bytes.
 */
@QuarkusTest
class CacheEquivalenceTest {

    /** Headers that differ between any two responses by design. */
    private static final List<String> PER_RESPONSE = List.of("date", "x-request-id", "ratelimit", "ratelimit-policy", "ratelimit-limit",
            "ratelimit-remaining", "ratelimit-reset", "transfer-encoding", "connection");

    @Inject
    ResponseCache responses;

    record Variant(String name, String acceptEncoding, String lang, boolean revalidate) {
    }

    static Stream<String> publicGets() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile()).get("paths");
        List<String> urls = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            JsonNode get = paths.get(path).get("get");
            // the FHIR facade and CDS Hooks are not served from the response cache
            // nor is anything that needs a token (drafts, partner keys); a partner key is optional and changes nothing here
            boolean token = get != null && get.path("security").findValues("bearer").size() + get.path("security").findValues("adminBearer").size() > 0;
            if (get != null && !token && path.startsWith("/api/v1")) {
                urls.add(path);
            }
        });
        return urls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicGets")
    void aCacheHitIsTheSameAnswerAsTheMissBeforeIt(String template) {
        String url = concrete(template);
        for (Variant variant : List.of(new Variant("plain", null, null, false), new Variant("gzip", "gzip", null, false),
                new Variant("german", "gzip", "de", false), new Variant("revalidation", "gzip", null, true))) {
            responses.invalidate();
            String etag = variant.revalidate() ? request(variant, null).get(url).header("ETag") : null;
            if (variant.revalidate()) {
                responses.invalidate();
            }
            Response miss = request(variant, etag).get(url);
            Response hit = request(variant, etag).get(url);
            assertThat(hit.statusCode()).as("%s %s status", url, variant.name()).isEqualTo(miss.statusCode())
                    .isEqualTo(variant.revalidate() ? 304 : 200);
            assertThat(headers(hit)).as("%s %s headers", url, variant.name()).isEqualTo(headers(miss));
            assertThat(hit.asByteArray()).as("%s %s bytes", url, variant.name()).isEqualTo(miss.asByteArray());
        }
    }

    private static RequestSpecification request(Variant variant, String ifNoneMatch) {
        RequestSpecification request = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .urlEncodingEnabled(false);
        if (variant.acceptEncoding() != null) {
            request.header("Accept-Encoding", variant.acceptEncoding());
        }
        if (variant.lang() != null) {
            request.header("Accept-Language", variant.lang());
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request;
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().forEach(h -> {
            String name = h.getName().toLowerCase(Locale.ROOT);
            if (!PER_RESPONSE.contains(name)) {
                headers.merge(name, h.getValue(), (a, b) -> a + ", " + b);
            }
        });
        return headers;
    }

    /** The template with real values: an entry of its collection, its first revision, a code the content carries. */
    private static String concrete(String template) {
        String url = template.replace("{system}", "icd-10").replace("{code}", "C79.5").replace("{number}", "1");
        if (url.contains("{slug}")) {
            String collection = url.substring("/api/v1/".length(), url.indexOf("/{slug}"));
            String slug = given().get("/api/v1/" + collection + "?size=1").jsonPath().getString("items[0].slug");
            url = url.replace("{slug}", slug);
        }
        if (url.endsWith("/search") || url.endsWith("/suggest")) {
            url += "?q=spin";
        }
        return url;
    }
}
