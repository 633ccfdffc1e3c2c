package org.bonemet.generated;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bonemet.editorial.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every kind of invalid parameter and body for every operation (the Tcases failure cases of
 * {@code invalid-input/cases.json}, see its README) gets exactly the status recorded for it, as an RFC 9457
 * problem whose {@code status} is that status, with a title, and for a 400 the fields it names under
 * {@code errors}. With {@code -Dinvalid-input.record=true} the observed answers are written to
 * {@code target/invalid-input-observed.json} instead, to review and merge after regenerating the cases.
 */
@QuarkusTest
class InvalidInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean RECORD = Boolean.getBoolean("invalid-input.record");
    private static final Map<String, JsonNode> OBSERVED = new ConcurrentHashMap<>();
    private static final String ADMIN = Tokens.of("invalid-input", "admin");

    static Stream<JsonNode> cases() throws IOException {
        try (InputStream in = InvalidInputTest.class.getResourceAsStream("/invalid-input/cases.json")) {
            List<JsonNode> cases = new ArrayList<>();
            JSON.readTree(in).get("cases").forEach(cases::add);
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    // Each case is one small request: one that hangs fails after 10 s instead of blocking the build.
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void isRefusedWithTheProblemItExpects(JsonNode c) {
        Response response = request(c).request(c.get("method").asText(), c.get("path").asText());
        JsonNode problem = response.getContentType().startsWith("application/problem+json") ? JSON.valueToTree(response.jsonPath().get()) : null;
        if (RECORD) {
            ObjectNode seen = JSON.createObjectNode().put("status", response.statusCode());
            if (problem != null && problem.has("errors")) {
                problem.get("errors").forEach(e -> seen.withArray("fields").add(e.get("field")));
            }
            OBSERVED.put(c.get("name").asText(), seen);
            return;
        }
        JsonNode expect = c.get("expect");
        assertThat(expect).as("%s has an expected answer", c.get("name")).isNotNull();
        int status = expect.get("status").asInt();
        assertThat(status).as("%s: invalid input is the client's error", c.get("name")).isBetween(400, 499);
        assertThat(response.statusCode()).as("%s (%s): status; body %s", c.get("name"), c.get("why"), response.asString()).isEqualTo(status);
        assertThat(problem).as("%s: an application/problem+json body, got %s", c.get("name"), response.getContentType()).isNotNull();
        assertThat(problem.path("status").asInt()).as("%s: problem status", c.get("name")).isEqualTo(status);
        assertThat(problem.path("title").asText()).as("%s: problem title", c.get("name")).isNotBlank();
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        List<String> expected = new ArrayList<>();
        expect.path("fields").forEach(f -> expected.add(f.asText()));
        assertThat(fields).as("%s: the fields the problem names", c.get("name")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AfterAll
    static void writeObserved() throws IOException {
        if (RECORD) {
            Map<String, JsonNode> sorted = new LinkedHashMap<>();
            cases().map(c -> c.get("name").asText()).filter(OBSERVED::containsKey).forEach(n -> sorted.put(n, OBSERVED.get(n)));
            Files.writeString(Path.of("target/invalid-input-observed.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted));
        }
    }

    /** The request as the case gives it; in raw mode the parameters are sent percent-encoded by hand, as Tcases made them. */
    private static RequestSpecification request(JsonNode c) {
        boolean raw = c.path("raw").asBoolean();
        RequestSpecification request = given().urlEncodingEnabled(!raw);
        c.path("pathParams").fields().forEachRemaining(p -> request.pathParam(p.getKey(), encoded(p.getValue().asText(), raw)));
        c.path("query").forEach(q -> request.queryParam(encoded(q.get(0).asText(), raw),
                q.get(1).isNull() ? null : encoded(q.get(1).asText(), raw)));
        c.path("headers").forEach(h -> request.header(h.get(0).asText(), credentials(h.get(0).asText(), h.get(1).asText())));
        if (c.has("contentType")) {
            request.contentType(c.get("contentType").asText());
        }
        c.path("form").forEach(f -> request.formParam(encoded(f.get(0).asText(), raw), encoded(f.get(1).asText(), raw)));
        if (c.has("body")) {
            request.body(c.get("body").asText());
        }
        return request;
    }

    /** An operation that needs a token gets an admin's, so that the invalid input is what is refused, not the caller. */
    private static String credentials(String header, String value) {
        return header.equals("Authorization") && value.equals("Bearer ") ? ADMIN : value;
    }

    private static String encoded(String value, boolean raw) {
        return raw ? URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8).replace("+", "%20") : value;
    }
}
