package org.bonemet.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    /** Five requests a minute without a key; the test client on loopback is the trusted proxy (the default). */
    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bonemet.rate-limit.enabled", "true", "bonemet.rate-limit.requests-per-minute", "5");
        }
    }

    /** A client address no other test (nor an earlier run on the same database) uses, in the shared address space of RFC 6598. */
    static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "100." + (64 + random.nextInt(64)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileHealthStaysOpen() {
        String client = newClient();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", client).get("/api/v1/sites").then().statusCode(200)
                    .header("RateLimit-Limit", equalTo("5")).header("RateLimit-Remaining", equalTo(String.valueOf(4 - i)));
        }
        given().header("X-Forwarded-For", client).get("/api/v1/sites")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/sites"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", equalTo("5"))
                .header("RateLimit-Remaining", equalTo("0"))
                .header("X-Request-Id", notNullValue());
        given().header("X-Forwarded-For", client).get("/q/health/live").then().statusCode(200);
        // the same budget covers the FHIR facade, which refuses in its own format
        given().header("X-Forwarded-For", client).get("/fhir/metadata").then().statusCode(429)
                .contentType(org.hamcrest.Matchers.startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("throttled"))
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", client).get("/cds-services").then().statusCode(429).contentType("application/problem+json");
        // a repeated GET answered from memory is charged too
        given().header("X-Forwarded-For", client).get("/api/v1/sites/spine").then().statusCode(429);
    }
}
