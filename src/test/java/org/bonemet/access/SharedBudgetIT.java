package org.bonemet.access;

import static io.restassured.RestAssured.given;
import static org.bonemet.access.RateLimitTest.newClient;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.bonemet.system.PackagedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/**
 * Two instances of the packaged service on one database, as two replicas behind one ingress: a client that spreads
 * its requests over both is refused at the same count as a client of one, a partner key's quota holds across both, and
 * a key revoked on one is refused by the other within the time keys are held in memory.
 */
class SharedBudgetIT {

    private static final int PER_MINUTE = 10;
    private static final String ISSUER = "https://bonemet.example/shared-budget-test";
    private static final List<PackagedService> INSTANCES = new ArrayList<>();
    private static int first;
    private static int second;
    private static KeyPair signing;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        signing = rsa();
        Path publicKey = Files.createTempFile("bonemet-it-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(signing.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        first = start(publicKey, "first");
        second = start(publicKey, "second");
    }

    @AfterAll
    static void stop() {
        INSTANCES.forEach(PackagedService::close);
    }

    @Test
    void aClientSpreadOverBothReplicasIsRefusedAtTheSameCountAsOnOne() {
        assertRefusedAfter(PER_MINUTE, newClient(), first, first);
        assertRefusedAfter(PER_MINUTE, newClient(), first, second);
    }

    @Test
    void aPartnerKeysQuotaAndItsRevocationHoldOnBothReplicas() {
        String admin = "Bearer " + Jwt.issuer(ISSUER).upn("ada-admin").groups(Set.of("admin")).expiresIn(300).sign(signing.getPrivate());
        var issued = given().port(first).header("Authorization", admin).header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .body(Map.of("name", "Replica test", "contact", "ops@clinic.example", "quotaPerMinute", 4, "quotaPerDay", 1000))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().jsonPath();
        String secret = issued.getString("secret");
        for (int i = 0; i < 4; i++) {
            given().port(i % 2 == 0 ? second : first).header("X-API-Key", secret).header("X-Forwarded-For", newClient())
                    .get("/api/v1/sites").then().statusCode(200).header("RateLimit-Limit", "4");
        }
        given().port(second).header("X-API-Key", secret).get("/api/v1/sites").then().statusCode(429);
        given().port(first).header("X-API-Key", secret).get("/api/v1/sites").then().statusCode(429);

        given().port(first).header("Authorization", admin).header("X-Forwarded-For", newClient())
                .post("/api/v1/admin/api-keys/" + issued.getString("key.id") + "/revoke").then().statusCode(200);
        given().port(first).header("X-API-Key", secret).get("/api/v1/sites").then().statusCode(401);
        Awaitility.await().atMost(ApiKeys.HELD.plusSeconds(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().port(second).header("X-API-Key", secret).get("/api/v1/sites").then().statusCode(401));
    }

    /** Sends {@code allowed} requests alternating between the two ports, all let through, then one more to each: both refused. */
    private static void assertRefusedAfter(int allowed, String client, int a, int b) {
        for (int i = 0; i < allowed; i++) {
            given().port(i % 2 == 0 ? a : b).header("X-Forwarded-For", client).get("/api/v1/sites").then().statusCode(200)
                    .header("RateLimit-Remaining", equalTo(String.valueOf(allowed - 1 - i)));
        }
        given().port(a).header("X-Forwarded-For", client).get("/api/v1/sites").then().statusCode(429);
        given().port(b).header("X-Forwarded-For", client).get("/api/v1/sites").then().statusCode(429);
    }

    private static int start(Path publicKey, String name) throws IOException {
        PackagedService instance = PackagedService.start("shared-budget-" + name + ".log", Map.of(
                "BONEMET_RATE_LIMIT_REQUESTS_PER_MINUTE", String.valueOf(PER_MINUTE),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString(), "MP_JWT_VERIFY_ISSUER", ISSUER));
        INSTANCES.add(instance);
        return instance.port;
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
