package org.bonemet.access;

import static io.restassured.RestAssured.given;
import static org.bonemet.access.RateLimitTest.newClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.bonemet.system.CuttableDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Cuts the path to PostgreSQL while the shared limiter is on: reads keep working, without a limit (fail open), quickly,
 * never with a 500; the metrics say so; and limits apply again by themselves once the database is back.
 */
@QuarkusTest
@TestProfile(LimiterOutageTest.LimitedBehindProxy.class)
class LimiterOutageTest {

    public static class LimitedBehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bonemet.rate-limit.enabled", "true", "bonemet.rate-limit.requests-per-minute", "3");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CuttableDatabase.class));
        }
    }

    @Test
    void readsGoOnWithoutALimitWhileTheDatabaseIsCutAndLimitsComeBackWithIt() {
        String key = KeySecret.generate(KeySecret.newId()).header();
        given().header("X-Forwarded-For", newClient()).get("/api/v1/sites/spine").then().statusCode(200).header("RateLimit-Limit", "3");
        CuttableDatabase.proxy.cut();
        try {
            String client = newClient();
            long started = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                // twice the quota, all answered from memory; a key that cannot be checked counts as no key
                given().header("X-Forwarded-For", client).header("X-API-Key", key).get("/api/v1/sites/spine").then().statusCode(200)
                        .header("RateLimit-Limit", nullValue());
            }
            org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("bonemet_access_store_up 0.0"))
                    .body(org.hamcrest.Matchers.matchesPattern("(?s).*bonemet_rate_limit_unlimited_total [1-9][0-9]*\\.0.*"));
        } finally {
            CuttableDatabase.proxy.restore();
        }
        String client = newClient();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().header("X-Forwarded-For", client).get("/api/v1/sites/spine").then().statusCode(200).header("RateLimit-Limit", "3"));
        given().get("/q/metrics").then().body(containsString("bonemet_access_store_up 1.0"));
        // the unknown key is refused again now that it can be checked
        given().header("X-API-Key", key).get("/api/v1/sites/spine").then().statusCode(401);
        given().header("X-Forwarded-For", client).get("/api/v1/sites/spine").then().statusCode(200);
        given().header("X-Forwarded-For", client).get("/api/v1/sites/spine").then().statusCode(equalTo(200));
        given().header("X-Forwarded-For", client).get("/api/v1/sites/spine").then().statusCode(429);
    }
}
