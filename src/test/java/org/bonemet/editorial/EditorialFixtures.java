package org.bonemet.editorial;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

/** Builds documents and walks drafts through the API as an editor and a reviewer would. */
final class EditorialFixtures {

    static final String EDITOR = Tokens.of("ed-editor", "editor");
    static final String SECOND_EDITOR = Tokens.of("eve-editor", "editor");
    static final String REVIEWER = Tokens.of("rita-reviewer", "reviewer");
    static final String ADMIN = Tokens.of("ada-admin", "admin");
    static final String REFERENCE = "esmo-bone-health-2020";
    private static final AtomicInteger SLUGS = new AtomicInteger();

    private EditorialFixtures() {
    }

    static String slug(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SLUGS.incrementAndGet();
    }

    /** A complete, valid symptom document (in the editorial test database only). */
    static Map<String, Object> symptom(String slug) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("slug", slug);
        document.put("name", "Editorial test finding " + slug);
        document.put("summary", "A finding that exists only in the editorial tests.");
        document.put("details", "Used to check drafts, review, revisions and the change feed.");
        document.put("synonyms", new ArrayList<>(List.of("test finding")));
        document.put("references", List.of(REFERENCE));
        document.put("review", Map.of("lastReviewed", "2026-11-28", "nextReview", "2027-11-28"));
        document.put("kind", "symptom");
        document.put("urgency", "routine");
        document.put("features", List.of(Map.of("text", "Seen only in tests.", "reference", REFERENCE, "locator", "Section on bone pain",
                "evidenceType", "guideline-recommendation")));
        return document;
    }

    static Response propose(Map<String, Object> document) {
        return given().header("Authorization", EDITOR).contentType("application/json").body(document)
                .post("/api/v1/symptoms");
    }

    /** An editor's new version of a published symptom, made from the version {@code etag} names. */
    static Response replace(String slug, String etag, Map<String, Object> document) {
        return given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/json").body(document)
                .put("/api/v1/symptoms/" + slug);
    }

    static String draftId(Response response) {
        return response.then().statusCode(202).extract().jsonPath().getString("id");
    }

    static Response publish(String draft) {
        return given().header("Authorization", REVIEWER).post("/api/v1/drafts/" + draft + "/publish");
    }

    /** Creates and publishes a symptom; returns its ETag. */
    static String published(String slug) {
        return publish(draftId(propose(symptom(slug)))).then().statusCode(200).extract().header("ETag");
    }

    /** A tag of the same content: the plain or the gzip representation's (the tests accept gzip). */
    static org.hamcrest.Matcher<String> sameTag(String etag) {
        String plain = etag.replace("-gz\"", "\"");
        return org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo(plain),
                org.hamcrest.Matchers.equalTo(plain.substring(0, plain.length() - 1) + "-gz\""));
    }

    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
