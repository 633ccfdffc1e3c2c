package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Cuts the TCP path to PostgreSQL under a running service: content requests answer 503 with Retry-After
 * quickly, readiness goes down while liveness stays up, and all recovers by itself when the path returns.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindProxy.class)
class DatabaseOutageTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(CuttableDatabase.class));
        }
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsUnreachableAndRecoversByItself() {
        given().get("/api/v1/sites/spine").then().statusCode(200);
        CuttableDatabase.proxy.cut();
        try {
            long started = System.nanoTime();
            given().get("/api/v1/sites/pelvis")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"));
            org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            CuttableDatabase.proxy.restore();
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/sites/pelvis").then().statusCode(200));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
