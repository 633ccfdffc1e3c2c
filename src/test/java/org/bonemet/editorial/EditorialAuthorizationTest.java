package org.bonemet.editorial;

import static io.restassured.RestAssured.given;
import static org.bonemet.editorial.EditorialFixtures.EDITOR;
import static org.bonemet.editorial.EditorialFixtures.draftId;
import static org.bonemet.editorial.EditorialFixtures.propose;
import static org.bonemet.editorial.EditorialFixtures.published;
import static org.bonemet.editorial.EditorialFixtures.slug;
import static org.bonemet.editorial.EditorialFixtures.symptom;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every write endpoint against anonymous callers (401), callers without the role (403) and callers with it
 * (2xx): the roles are editor (propose), reviewer (publish, reject) and admin (both).
 */
@QuarkusTest
@TestProfile(EditorialDatabase.Profile.class)
class EditorialAuthorizationTest {

    private static final String NO_ROLE = Tokens.of("nora-reader");
    private static final String REVIEWER = Tokens.of("rob-reviewer", "reviewer");
    private static final String ADMIN = Tokens.of("ada-admin", "admin");

    /** One call: what it needs, who may make it, who may not, and whether it is allowed for one role only. */
    record Call(String name, List<String> allowed, List<String> denied, java.util.function.Function<RequestSpecification, Response> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> writeEndpoints() {
        Supplier<String> fresh = () -> slug("auth");
        return Stream.of(
                call("POST /symptoms", List.of(EDITOR, ADMIN), List.of(REVIEWER, NO_ROLE),
                        spec -> spec.contentType("application/json").body(symptom(fresh.get())).post("/api/v1/symptoms")),
                call("PUT /symptoms/{slug}", List.of(EDITOR, ADMIN), List.of(REVIEWER, NO_ROLE), spec -> {
                    String slug = fresh.get();
                    String etag = published(slug);
                    Map<String, Object> changed = symptom(slug);
                    changed.put("summary", "Changed for the authorisation test.");
                    return spec.header("If-Match", etag).contentType("application/json").body(changed).put("/api/v1/symptoms/" + slug);
                }),
                call("PATCH /symptoms/{slug}", List.of(EDITOR, ADMIN), List.of(REVIEWER, NO_ROLE), spec -> {
                    String slug = fresh.get();
                    String etag = published(slug);
                    return spec.header("If-Match", etag).contentType("application/merge-patch+json").body("{\"urgency\": \"urgent\"}")
                            .patch("/api/v1/symptoms/" + slug);
                }),
                call("DELETE /symptoms/{slug}", List.of(EDITOR, ADMIN), List.of(REVIEWER, NO_ROLE), spec -> {
                    String slug = fresh.get();
                    return spec.header("If-Match", published(slug)).delete("/api/v1/symptoms/" + slug);
                }),
                call("POST /symptoms/{slug}/revisions/{n}/restore", List.of(EDITOR, ADMIN), List.of(REVIEWER, NO_ROLE), spec -> {
                    String slug = fresh.get();
                    String etag = published(slug);
                    Map<String, Object> changed = symptom(slug);
                    changed.put("summary", "Changed so that revision 1 can be restored.");
                    EditorialFixtures.publish(draftId(EditorialFixtures.replace(slug, etag, changed))).then().statusCode(200);
                    return spec.post("/api/v1/symptoms/" + slug + "/revisions/1/restore");
                }),
                call("GET /drafts", List.of(EDITOR, REVIEWER, ADMIN), List.of(NO_ROLE), spec -> spec.get("/api/v1/drafts")),
                call("GET /drafts/{id}", List.of(EDITOR, REVIEWER, ADMIN), List.of(NO_ROLE),
                        spec -> spec.get("/api/v1/drafts/" + draftId(propose(symptom(fresh.get()))))),
                call("POST /drafts/{id}/publish", List.of(REVIEWER, ADMIN), List.of(EDITOR, NO_ROLE),
                        spec -> spec.post("/api/v1/drafts/" + draftId(propose(symptom(fresh.get()))) + "/publish")),
                call("POST /drafts/{id}/reject", List.of(REVIEWER, ADMIN), List.of(EDITOR, NO_ROLE),
                        spec -> spec.contentType("application/json").body(Map.of("comment", "Not sourced well enough."))
                                .post("/api/v1/drafts/" + draftId(propose(symptom(fresh.get()))) + "/reject")));
    }

    private static Arguments call(String name, List<String> allowed, List<String> denied,
            java.util.function.Function<RequestSpecification, Response> send) {
        return Arguments.of(new Call(name, allowed, denied, send));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writeEndpoints")
    void anonymousCallersGet401DeniedRolesGet403AllowedRolesSucceed(Call call) {
        call.send().apply(given()).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        for (String token : call.denied()) {
            call.send().apply(given().header("Authorization", token)).then().statusCode(403).contentType("application/problem+json");
        }
        for (String token : call.allowed()) {
            call.send().apply(given().header("Authorization", token)).then()
                    .statusCode(greaterThanOrEqualTo(200)).statusCode(lessThan(300));
        }
    }

    @Test
    void everyCollectionRefusesAnonymousAndReviewerProposals() {
        for (String collection : List.of("sites", "symptoms", "tests", "treatments", "primary-cancers", "references")) {
            given().contentType("application/json").body("{}").post("/api/v1/" + collection).then().statusCode(401);
            given().header("Authorization", REVIEWER).contentType("application/json").body("{}").post("/api/v1/" + collection)
                    .then().statusCode(403);
            // an editor gets past authorisation to validation
            given().header("Authorization", EDITOR).contentType("application/json").body("{}").post("/api/v1/" + collection)
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void tokensThatAreExpiredForeignOrMalformedAreRefused() {
        Map<String, String> tokens = Map.of(
                "expired", Tokens.expired("ed-editor", "editor"),
                "other issuer", Tokens.fromIssuer("https://elsewhere.example", "ed-editor", "editor"),
                "malformed", "Bearer not.a.token",
                "unsigned", "Bearer eyJhbGciOiJub25lIn0.eyJ1cG4iOiJlZCIsImdyb3VwcyI6WyJlZGl0b3IiXX0.");
        tokens.forEach((name, token) -> given().header("Authorization", token).contentType("application/json").body(symptom(slug("bad")))
                .post("/api/v1/symptoms").then().statusCode(401).contentType("application/problem+json"));
    }

    @Test
    void draftsReadBySomeoneSignedInAreNeverServedToAnyoneElse() {
        draftId(propose(symptom(slug("private"))));
        for (String path : new String[] { "/api/v1/drafts", "/api/v1/%64rafts", "/api/v1//drafts", "/api/v1/drafts?size=5" }) {
            given().urlEncodingEnabled(false).header("Authorization", REVIEWER).get(path).then().statusCode(200)
                    .header("Cache-Control", "private, no-cache");
            given().urlEncodingEnabled(false).get(path).then().statusCode(401);
        }
    }

    @Test
    void readingNeedsNoToken() {
        given().get("/api/v1/symptoms").then().statusCode(200);
        given().get("/api/v1/changes").then().statusCode(200);
        given().get("/api/v1/symptoms/bone-pain/revisions").then().statusCode(200).body("items[0].author", equalTo("content-files"));
    }
}
