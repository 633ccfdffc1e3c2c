package org.bonemet.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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

    static TcpProxy proxy;

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(ProxyResource.class));
        }
    }

    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String url = TestDatabase.url();
            URI db = URI.create(url.substring("jdbc:".length()));
            try {
                proxy = new TcpProxy(db.getHost(), db.getPort());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            String proxied = url.replace(db.getHost() + ":" + db.getPort(), "127.0.0.1:" + proxy.port());
            return Map.of("quarkus.datasource.jdbc.url", proxied);
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (java.io.IOException ignored) {
                // the test is over
            }
        }
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsUnreachableAndRecoversByItself() {
        given().get("/api/v1/sites/spine").then().statusCode(200);
        proxy.cut();
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
            proxy.restore();
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/sites/pelvis").then().statusCode(200));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
