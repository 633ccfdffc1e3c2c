package org.bonemet.access;

import static io.restassured.RestAssured.given;
import static org.bonemet.access.RateLimitTest.newClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.bonemet.editorial.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Partner keys through HTTP: their whole life, every refusal, and what a key does not allow. */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
class ApiKeyTest {

    private static final String KEYS = "/api/v1/admin/api-keys";

    /** An administrator, each time from a new address so that the anonymous quota of five never gets in the way. */
    static RequestSpecification admin() {
        return given().header("Authorization", Tokens.of("ada-admin", "admin")).header("X-Forwarded-For", newClient())
                .contentType(ContentType.JSON);
    }

    /** An administrator's request without a body, as curl -X POST sends it. */
    static RequestSpecification adminNoBody() {
        return given().header("Authorization", Tokens.of("ada-admin", "admin")).header("X-Forwarded-For", newClient());
    }

    static JsonPath issue(int perMinute, int perDay, String expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Bone Health App", "contact", "api-team@clinic.example",
                "quotaPerMinute", perMinute, "quotaPerDay", perDay));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt);
        }
        return admin().body(body).post(KEYS).then().statusCode(201).extract().jsonPath();
    }

    static RequestSpecification withKey(String secret) {
        return given().header("X-API-Key", secret).header("X-Forwarded-For", newClient());
    }

    @Test
    void aKeyIsIssuedOnceUsedRotatedAndRevoked() {
        var created = admin().body(Map.of("name", "Bone Health App", "contact", "api-team@clinic.example", "quotaPerMinute", 50,
                "quotaPerDay", 10_000)).post(KEYS).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/admin/api-keys/[a-z0-9]{12}"))
                .header("Cache-Control", "no-store")
                .body("secret", matchesPattern("bmk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"))
                .body("key.status", equalTo("active")).body("key.createdBy", equalTo("ada-admin"))
                .extract().jsonPath();
        String id = created.getString("key.id");
        String secret = created.getString("secret");
        assertKeyWorks(secret, 50);

        // the secret is never shown again, and the key's quota governs the key's requests
        admin().get(KEYS).then().statusCode(200).header("Cache-Control", "no-store")
                .body("items.id", hasItem(id)).body("items.secret", everyItem(nullValue()))
                .body(not(containsString(created.getString("secret").substring(17))));
        admin().get(KEYS + "/" + id).then().statusCode(200).body("quotaPerMinute", equalTo(50)).body("secret", nullValue());

        // rotation without grace: the old secret stops at once
        String rotated = adminNoBody().post(KEYS + "/" + id + "/rotate").then().statusCode(200).header("Cache-Control", "no-store")
                .body("key.rotatedAt", notNullValue()).extract().path("secret");
        assertUnauthorized(withKey(secret), "not a key of this service");
        assertKeyWorks(rotated, 50);

        // rotation with grace: both work until the grace ends
        String next = adminNoBody().post(KEYS + "/" + id + "/rotate?graceMinutes=60").then().statusCode(200)
                .body("key.previousSecretValidUntil", notNullValue()).extract().path("secret");
        assertKeyWorks(rotated, 50);
        assertKeyWorks(next, 50);

        adminNoBody().post(KEYS + "/" + id + "/revoke").then().statusCode(200).body("status", equalTo("revoked"))
                .body("revokedBy", equalTo("ada-admin")).body("previousSecretValidUntil", nullValue());
        assertUnauthorized(withKey(next), "revoked");
        assertUnauthorized(withKey(rotated), "not a key of this service");
        admin().post(KEYS + "/" + id + "/revoke").then().statusCode(200).body("status", equalTo("revoked"));
        admin().post(KEYS + "/" + id + "/rotate").then().statusCode(409).contentType("application/problem+json");

        // usage per day: the five requests let through and the one refused after revocation
        String today = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().toString();
        admin().get(KEYS + "/" + id + "/usage").then().statusCode(200)
                .body("keyId", equalTo(id)).body("to", equalTo(today))
                .body("days[0].day", equalTo(today)).body("days[0].allowed", equalTo(4)).body("days[0].refused", equalTo(1));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("bonemet_api_key_requests_total{key=\"" + id + "\",outcome=\"allowed\"} 4.0"))
                .body(containsString("bonemet_api_key_requests_total{key=\"" + id + "\",outcome=\"revoked\"} 1.0"))
                .body(not(containsString(next.substring(17))));
    }

    @Test
    void overTheMinuteQuotaTheKeyIsRefusedWithItsOwnHeaders() {
        String secret = issue(2, 1000, null).getString("secret");
        String sameAddress = newClient();
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", secret).header("X-Forwarded-For", sameAddress).get("/api/v1/sites").then().statusCode(200)
                    .header("RateLimit-Limit", "2");
        }
        given().header("X-API-Key", secret).header("X-Forwarded-For", sameAddress).get("/api/v1/sites/spine").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429)).body("detail", containsString("with this API key"))
                .header("Retry-After", notNullValue()).header("RateLimit-Limit", "2").header("RateLimit-Remaining", "0");
        given().header("X-API-Key", secret).get("/fhir/metadata").then().statusCode(429).body("issue[0].code", equalTo("throttled"));
        // the address keeps its own anonymous quota
        given().header("X-Forwarded-For", sameAddress).get("/api/v1/sites").then().statusCode(200).header("RateLimit-Limit", "5");
    }

    @Test
    void overTheDailyQuotaTheKeyWaitsForMidnight() {
        String secret = issue(100, 3, null).getString("secret");
        for (int i = 0; i < 3; i++) {
            withKey(secret).get("/api/v1/symptoms").then().statusCode(200);
        }
        int retryAfter = Integer.parseInt(withKey(secret).get("/api/v1/symptoms").then().statusCode(429)
                .body("detail", containsString("3 a UTC day")).extract().header("Retry-After"));
        int untilMidnight = (int) Duration.between(OffsetDateTime.now(ZoneOffset.UTC),
                OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)).toSeconds();
        org.assertj.core.api.Assertions.assertThat(retryAfter).isBetween(untilMidnight - 5, untilMidnight + 5);
    }

    @Test
    void anExpiredKeyIsRefused() {
        String secret = issue(10, 100, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString()).getString("secret");
        assertKeyWorks(secret, 10);
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertUnauthorized(withKey(secret), "expired"));
    }

    @Test
    void unknownAndMalformedKeysAreRefused() {
        assertUnauthorized(withKey(KeySecret.generate(KeySecret.newId()).header()), "not a key of this service");
        for (String malformed : new String[] { "not-a-key", "bmk_" + "a".repeat(4000), "Bearer " + KeySecret.generate("k3v9q2m7x1ab").header() }) {
            withKey(malformed).get("/api/v1/sites").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("X-API-Key")).body("errors[0].message", equalTo("is malformed"));
        }
        String secret = issue(10, 100, null).getString("secret");
        given().header("X-API-Key", secret).header("X-API-Key", secret).get("/api/v1/sites").then().statusCode(400)
                .body("detail", containsString("one X-API-Key header"));
        given().header("X-API-Key", "wrong").get("/fhir/metadata").then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void madeUpKeysCostTheAddressItsQuotaSoThatTheyCannotFloodTheKeyLookup() {
        String address = newClient();
        for (int i = 0; i < 5; i++) {
            given().header("X-API-Key", KeySecret.generate(KeySecret.newId()).header()).header("X-Forwarded-For", address)
                    .get("/api/v1/sites").then().statusCode(401);
        }
        given().header("X-API-Key", KeySecret.generate(KeySecret.newId()).header()).header("X-Forwarded-For", address)
                .get("/api/v1/sites").then().statusCode(429).body("detail", containsString("without a valid key"));
    }

    @Test
    void aKeyGrantsNoWriteRightAndAdministrationNeedsTheAdminRole() {
        String secret = issue(10, 100, null).getString("secret");
        withKey(secret).contentType(ContentType.JSON).body("{}").post("/api/v1/symptoms").then().statusCode(401);
        withKey(secret).get(KEYS).then().statusCode(401);
        given().header("Authorization", Tokens.of("ed-editor", "editor")).header("X-Forwarded-For", newClient()).get(KEYS)
                .then().statusCode(403).contentType("application/problem+json");
        admin().get(KEYS + "/zzzzzzzzzzzz").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quota of zero | {\"name\":\"A\",\"contact\":\"a@b.example\",\"quotaPerMinute\":0,\"quotaPerDay\":10} | quotaPerMinute",
            "negative daily quota | {\"name\":\"A\",\"contact\":\"a@b.example\",\"quotaPerMinute\":1,\"quotaPerDay\":-1} | quotaPerDay",
            "quota as text | {\"name\":\"A\",\"contact\":\"a@b.example\",\"quotaPerMinute\":\"many\",\"quotaPerDay\":10} | quotaPerMinute",
            "no name | {\"contact\":\"a@b.example\",\"quotaPerMinute\":1,\"quotaPerDay\":10} | name",
            "blank contact | {\"name\":\"A\",\"contact\":\" \",\"quotaPerMinute\":1,\"quotaPerDay\":10} | contact",
            "unknown field | {\"name\":\"A\",\"contact\":\"a@b.example\",\"quotaPerMinute\":1,\"quotaPerDay\":10,\"role\":\"admin\"} | role",
            "secret sent | {\"name\":\"A\",\"contact\":\"a@b.example\",\"quotaPerMinute\":1,\"quotaPerDay\":10,\"secretHash\":\"x\"} | secretHash",
            "expiry in the past | {\"name\":\"A\",\"contact\":\"a@b.example\",\"quotaPerMinute\":1,\"quotaPerDay\":10,\"expiresAt\":\"2020-01-01T00:00:00Z\"} | expiresAt",
            "name too long | {\"name\":\"" + "N" + "\",\"contact\":\"a@b.example\",\"quotaPerMinute\":1,\"quotaPerDay\":10} | -" })
    void badInputNamesTheFieldAndStoresNothing(String why, String body, String field) {
        if ("-".equals(field)) {
            body = body.replace("\"N\"", "\"" + "N".repeat(101) + "\"");
            field = "name";
        }
        int before = admin().get(KEYS + "?size=1").then().extract().path("total");
        admin().body(body).post(KEYS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        admin().get(KEYS + "?size=1").then().body("total", equalTo(before));
    }

    @Test
    void aRotationWithTooLongAGraceIsRefused() {
        String id = issue(10, 100, null).getString("key.id");
        adminNoBody().post(KEYS + "/" + id + "/rotate?graceMinutes=20000").then().statusCode(400)
                .body("errors.field", hasItem("graceMinutes"));
        admin().get(KEYS + "/" + id + "/usage?from=2026-13-01").then().statusCode(400).body("errors.field", hasItem("from"));
        admin().get(KEYS + "/" + id + "/usage?from=2026-12-05&to=2026-12-01").then().statusCode(400);
        admin().get(KEYS + "/" + id).then().body("rotatedAt", nullValue());
    }

    private static void assertKeyWorks(String secret, int perMinute) {
        withKey(secret).get("/api/v1/sites").then().statusCode(200).header("RateLimit-Limit", String.valueOf(perMinute))
                .header("RateLimit-Remaining", notNullValue());
    }

    private static void assertUnauthorized(RequestSpecification request, String reason) {
        request.get("/api/v1/sites").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("ApiKey")).header("Cache-Control", "no-store")
                .body("status", equalTo(401)).body("detail", containsString(reason)).body("instance", equalTo("/api/v1/sites"));
    }

}
