package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bonemet.rate-limit.enabled", "true", "bonemet.rate-limit.requests-per-minute", "5");
        }
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileHealthStaysOpen() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/sites").then().statusCode(200);
        }
        given().get("/api/v1/sites")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", equalTo("5"));
        given().get("/q/health/live").then().statusCode(200);
        // the same budget covers the FHIR facade, which refuses in its own format
        given().get("/fhir/metadata").then().statusCode(429).contentType(org.hamcrest.Matchers.startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("throttled"))
                .header("Retry-After", notNullValue());
        given().get("/cds-services").then().statusCode(429).contentType("application/problem+json");
    }
}
