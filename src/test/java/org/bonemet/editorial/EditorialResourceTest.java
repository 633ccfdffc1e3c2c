package org.bonemet.editorial;

import static io.restassured.RestAssured.given;
import static org.bonemet.editorial.EditorialFixtures.ADMIN;
import static org.bonemet.editorial.EditorialFixtures.EDITOR;
import static org.bonemet.editorial.EditorialFixtures.REVIEWER;
import static org.bonemet.editorial.EditorialFixtures.SECOND_EDITOR;
import static org.bonemet.editorial.EditorialFixtures.draftId;
import static org.bonemet.editorial.EditorialFixtures.etag;
import static org.bonemet.editorial.EditorialFixtures.propose;
import static org.bonemet.editorial.EditorialFixtures.publish;
import static org.bonemet.editorial.EditorialFixtures.published;
import static org.bonemet.editorial.EditorialFixtures.sameTag;
import static org.bonemet.editorial.EditorialFixtures.slug;
import static org.bonemet.editorial.EditorialFixtures.symptom;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(EditorialDatabase.Profile.class)
class EditorialResourceTest {

    @Test
    void aNewEntryIsInvisibleUntilASecondPersonPublishesIt() {
        String slug = slug("new-finding");
        String draft = draftId(propose(symptom(slug)));
        given().get("/api/v1/symptoms/" + slug).then().statusCode(404);
        given().header("Authorization", EDITOR).get("/api/v1/drafts/" + draft)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .body("draft.action", equalTo("create"))
                .body("draft.author", equalTo("ed-editor"))
                .body("draft.status", equalTo("open"))
                .body("document.slug", equalTo(slug));

        String etag = publish(draft).then().statusCode(200)
                .header("Content-Location", "/api/v1/symptoms/" + slug)
                .body("slug", equalTo(slug))
                .body("version", equalTo(1))
                .extract().header("ETag");
        given().get("/api/v1/symptoms/" + slug).then().statusCode(200).header("ETag", sameTag(etag)).body("name", containsString(slug));
        given().header("Authorization", EDITOR).get("/api/v1/drafts/" + draft).then().body("draft.status", equalTo("published"))
                .body("draft.decidedBy", equalTo("rita-reviewer"));
    }

    @Test
    void theAuthorCannotPublishTheirOwnDraftEvenWithTheReviewerRole() {
        String both = Tokens.of("sam-both", "editor", "reviewer");
        String draft = given().header("Authorization", both).contentType("application/json").body(symptom(slug("own")))
                .post("/api/v1/symptoms").then().statusCode(202).extract().jsonPath().getString("id");
        given().header("Authorization", both).post("/api/v1/drafts/" + draft + "/publish")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("four-eyes"));
        given().header("Authorization", ADMIN).post("/api/v1/drafts/" + draft + "/publish").then().statusCode(200);
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndReadersKeepThePublishedVersionUntilReview() {
        String slug = slug("update");
        String etag = published(slug);
        Map<String, Object> changed = symptom(slug);
        changed.put("summary", "A changed summary.");

        given().header("Authorization", EDITOR).contentType("application/json").body(changed).put("/api/v1/symptoms/" + slug)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", EDITOR).header("If-Match", "\"not-the-tag\"").contentType("application/json").body(changed)
                .put("/api/v1/symptoms/" + slug).then().statusCode(412).contentType("application/problem+json");

        String draft = EditorialFixtures.replace(slug, etag, changed).then().statusCode(202)
                .header("Location", containsString("/api/v1/drafts/"))
                .body("action", equalTo("update")).body("baseVersion", equalTo(1))
                .extract().jsonPath().getString("id");
        given().get("/api/v1/symptoms/" + slug).then().statusCode(200).header("ETag", sameTag(etag))
                .body("summary", equalTo("A finding that exists only in the editorial tests."));
        given().header("Authorization", REVIEWER).get("/api/v1/drafts/" + draft)
                .then().body("diff", hasItem(Map.of("op", "replace", "path", "/summary", "value", "A changed summary.")))
                .body("stale", equalTo(false));

        String next = publish(draft).then().statusCode(200).body("version", equalTo(2)).extract().header("ETag");
        given().get("/api/v1/symptoms/" + slug).then().statusCode(200).header("ETag", sameTag(next)).body("summary", equalTo("A changed summary."));
        // the old tag is now stale
        given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/json").body(symptom(slug))
                .put("/api/v1/symptoms/" + slug).then().statusCode(412);
    }

    @Test
    void twoDraftsOnOneVersionAreBothKeptAndTheSecondToBePublishedIsAConflict() {
        String slug = slug("race");
        String etag = published(slug);
        Map<String, Object> first = symptom(slug);
        first.put("summary", "First editor's summary.");
        Map<String, Object> second = symptom(slug);
        second.put("details", "Second editor's details.");
        String a = EditorialFixtures.replace(slug, etag, first).then().statusCode(202).extract().jsonPath().getString("id");
        String b = given().header("Authorization", SECOND_EDITOR).header("If-Match", etag).contentType("application/json").body(second)
                .put("/api/v1/symptoms/" + slug).then().statusCode(202).extract().jsonPath().getString("id");

        publish(a).then().statusCode(200);
        publish(b).then().statusCode(409).contentType("application/problem+json").body("detail", containsString("version 1"));
        given().header("Authorization", SECOND_EDITOR).get("/api/v1/drafts/" + b)
                .then().body("stale", equalTo(true)).body("draft.status", equalTo("open")).body("document.details", equalTo("Second editor's details."));
        given().get("/api/v1/symptoms/" + slug).then().body("summary", equalTo("First editor's summary."))
                .body("details", equalTo("Used to check drafts, review, revisions and the change feed."));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNames() {
        String slug = slug("patch");
        String etag = published(slug);
        String draft = given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"urgency\": \"urgent\", \"synonyms\": null}")
                .patch("/api/v1/symptoms/" + slug).then().statusCode(202).extract().jsonPath().getString("id");
        publish(draft).then().statusCode(200);
        given().get("/api/v1/symptoms/" + slug).then().body("urgency", equalTo("urgent")).body("synonyms", hasSize(0))
                .body("name", containsString(slug));
    }

    @Test
    void everyPublishedChangeIsARevisionAndAnOldOneCanBeRestoredThroughReview() {
        String slug = slug("history");
        String etag = published(slug);
        Map<String, Object> changed = symptom(slug);
        changed.put("name", "Renamed finding " + slug);
        publish(EditorialFixtures.replace(slug, etag, changed).then().statusCode(202).extract().jsonPath().getString("id")).then().statusCode(200);

        given().get("/api/v1/symptoms/" + slug + "/revisions").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].number", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].author", equalTo("ed-editor")).body("items[0].reviewer", equalTo("rita-reviewer"))
                .body("items[1].action", equalTo("created"));
        given().get("/api/v1/symptoms/" + slug + "/revisions/2").then().statusCode(200)
                .body("document.name", equalTo("Renamed finding " + slug))
                .body("changes", hasItem(Map.of("op", "replace", "path", "/name", "value", "Renamed finding " + slug)));
        given().get("/api/v1/symptoms/" + slug + "/revisions/9").then().statusCode(404).contentType("application/problem+json");

        String restore = given().header("Authorization", EDITOR).post("/api/v1/symptoms/" + slug + "/revisions/1/restore")
                .then().statusCode(202).body("action", equalTo("update")).body("baseVersion", equalTo(2)).extract().jsonPath().getString("id");
        publish(restore).then().statusCode(200).body("version", equalTo(3)).body("name", equalTo("Editorial test finding " + slug));
        given().get("/api/v1/symptoms/" + slug + "/revisions/3").then().body("document.name", equalTo("Editorial test finding " + slug));
    }

    @Test
    void aDeletionHidesTheEntryKeepsItsHistoryLeavesATombstoneAndTheSlugIsNeverReused() {
        String slug = slug("gone");
        String etag = published(slug);
        String draft = given().header("Authorization", EDITOR).header("If-Match", etag).delete("/api/v1/symptoms/" + slug)
                .then().statusCode(202).body("action", equalTo("delete")).extract().jsonPath().getString("id");
        given().get("/api/v1/symptoms/" + slug).then().statusCode(200);
        publish(draft).then().statusCode(204);

        given().get("/api/v1/symptoms/" + slug).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/search?q=" + slug).then().statusCode(200).body("items.slug", not(hasItem(slug)));
        given().get("/api/v1/symptoms/" + slug + "/revisions").then().statusCode(200).body("items[0].action", equalTo("deleted"))
                .body("total", equalTo(2));
        given().get("/api/v1/symptoms/" + slug + "/revisions/2").then().body("document.slug", equalTo(slug));
        List<Map<String, Object>> changes = given().get("/api/v1/changes?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.slug == '" + slug + "' }");
        org.assertj.core.api.Assertions.assertThat(changes).extracting(c -> c.get("action")).containsExactly("created", "deleted");
        org.assertj.core.api.Assertions.assertThat(changes.get(1)).doesNotContainKey("href");

        propose(symptom(slug)).then().statusCode(409).contentType("application/problem+json").body("detail", containsString("never reused"));
        String back = given().header("Authorization", EDITOR).post("/api/v1/symptoms/" + slug + "/revisions/1/restore")
                .then().statusCode(202).body("action", equalTo("create")).extract().jsonPath().getString("id");
        publish(back).then().statusCode(200).body("version", equalTo(3));
    }

    @Test
    void anEntryThatOthersCiteOrLinkToCannotBeDeleted() {
        String etag = etag("/api/v1/references/" + EditorialFixtures.REFERENCE);
        given().header("Authorization", EDITOR).header("If-Match", etag).delete("/api/v1/references/" + EditorialFixtures.REFERENCE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("unknown reference '" + EditorialFixtures.REFERENCE + "'")));
        String spine = etag("/api/v1/sites/spine");
        given().header("Authorization", EDITOR).header("If-Match", spine).delete("/api/v1/sites/spine")
                .then().statusCode(409).body("errors.field", hasItem("sites/thoracic-spine"));
    }

    @Test
    void documentsAreCheckedLikeTheCuratedContent() {
        Map<String, Object> bad = symptom("Not A Slug");
        given().header("Authorization", EDITOR).contentType("application/json").body(bad).post("/api/v1/symptoms")
                .then().statusCode(400).contentType("application/problem+json").body("errors.message", hasItem(containsString("kebab-case")));

        Map<String, Object> wrongCode = symptom(slug("code"));
        wrongCode.put("codes", List.of(Map.of("system", "loinc", "code", "2000-9", "display", "Calcium")));
        given().header("Authorization", EDITOR).contentType("application/json").body(wrongCode).post("/api/v1/symptoms")
                .then().statusCode(400).body("errors.message", hasItem(containsString("check digit")));

        Map<String, Object> unknownLinks = symptom(slug("links"));
        unknownLinks.put("references", List.of("no-such-source"));
        unknownLinks.put("tests", List.of("no-such-test"));
        given().header("Authorization", EDITOR).contentType("application/json").body(unknownLinks).post("/api/v1/symptoms")
                .then().statusCode(400)
                .body("errors.message", hasItem(containsString("unknown reference 'no-such-source'")))
                .body("errors.message", hasItem(containsString("links to unknown tests 'no-such-test'")));

        Map<String, Object> wrongField = symptom(slug("field"));
        wrongField.put("modality", "surgery");
        given().header("Authorization", EDITOR).contentType("application/json").body(wrongField).post("/api/v1/symptoms")
                .then().statusCode(400).body("errors.message", hasItem(containsString("does not belong to symptoms")));

        Map<String, Object> badTranslation = symptom(slug("translation"));
        badTranslation.put("translations", Map.of("de", Map.of("name", "Testbefund", "summary", "Nur für Tests.", "details", "Nur für Tests.")));
        given().header("Authorization", EDITOR).contentType("application/json").body(badTranslation).post("/api/v1/symptoms")
                .then().statusCode(400).body("errors.message", hasItem(containsString("section features has 0 statements, the original 1")));
    }

    @Test
    void aSourceMustBeTheCanonicalRecordAndAStatementMustSayWhereInItItStands() {
        int before = given().get("/api/v1/changes?limit=1000").jsonPath().getList("items").size();
        Map<String, Object> mirror = reference(slug("mirror"), "review", "https://pro.uptodatefree.ir/Show/119111");
        mirror.put("doi", "10.3171/2010.3.SPINE09459");
        given().header("Authorization", EDITOR).contentType("application/json").body(mirror).post("/api/v1/references")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("url host pro.uptodatefree.ir is not an accepted canonical source")));

        Map<String, Object> noIdentifier = reference(slug("no-doi"), "trial", "https://doi.org/10.1016/j.ejca.2012.08.004");
        given().header("Authorization", EDITOR).contentType("application/json").body(noIdentifier).post("/api/v1/references")
                .then().statusCode(400).body("errors.message", hasItem(containsString("doi or pmid is required")));

        Map<String, Object> wrongRecord = reference(slug("wrong-record"), "trial", "https://doi.org/10.1000/another-article");
        wrongRecord.put("doi", "10.1016/j.ejca.2012.08.004");
        given().header("Authorization", EDITOR).contentType("application/json").body(wrongRecord).post("/api/v1/references")
                .then().statusCode(400).body("errors.message", hasItem(containsString("followed by the record's doi")));

        Map<String, Object> noLocator = symptom(slug("no-locator"));
        noLocator.put("features", List.of(Map.of("text", "Seen only in tests.", "reference", EditorialFixtures.REFERENCE, "evidenceType", "cohort")));
        given().header("Authorization", EDITOR).contentType("application/json").body(noLocator).post("/api/v1/symptoms")
                .then().statusCode(400).body("errors.message", hasItem(containsString("features[0].locator is required")));

        Map<String, Object> vagueLocator = symptom(slug("vague-locator"));
        vagueLocator.put("features", List.of(Map.of("text", "Seen only in tests.", "reference", EditorialFixtures.REFERENCE, "locator", "somewhere in it",
                "evidenceType", "hearsay")));
        given().header("Authorization", EDITOR).contentType("application/json").body(vagueLocator).post("/api/v1/symptoms")
                .then().statusCode(400)
                .body("errors.message", hasItem(containsString("features[0].locator must start with")))
                .body("errors.message", hasItem(containsString("features[0].evidenceType must be one of")));

        given().get("/api/v1/changes?limit=1000").then().body("items", hasSize(before));
        given().header("Authorization", REVIEWER).get("/api/v1/drafts?status=open").then().statusCode(200)
                .body("items.slug", not(hasItem(mirror.get("slug"))));
    }

    private static Map<String, Object> reference(String slug, String kind, String url) {
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("slug", slug);
        document.put("name", "A source proposed in the editorial tests");
        document.put("citation", "Lipton A, et al. Superiority of denosumab to zoledronic acid. Eur J Cancer. 2012;48(16):3082-3092.");
        document.put("kind", kind);
        document.put("year", 2012);
        document.put("url", url);
        document.put("review", Map.of("lastReviewed", "2026-12-05", "nextReview", "2027-12-05"));
        return document;
    }

    @Test
    void aTreatmentsSelectionRulesAreCheckedByTheEvaluatorsRuleModel() {
        String etag = etag("/api/v1/treatments/zoledronic-acid");
        given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"criteria\": [{\"key\": \"broken\", \"kind\": \"eligibility\", \"description\": \"x\", \"reference\": \"esmo-bone-health-2020\","
                        + " \"rule\": {\"field\": \"noSuchField\", \"op\": \"eq\", \"value\": 1}}]}")
                .patch("/api/v1/treatments/zoledronic-acid")
                .then().statusCode(400).body("errors.field", hasItem("treatments/zoledronic-acid"))
                .body("errors.message", hasItem(containsString("noSuchField")));
    }

    @Test
    void readOnlyAndUnknownFieldsAreRefusedNotObeyed() {
        for (String field : List.of("version", "updatedAt", "id", "author", "status")) {
            Map<String, Object> document = symptom(slug("mass"));
            document.put(field, field.equals("version") || field.equals("id") ? 99 : "x");
            given().header("Authorization", EDITOR).contentType("application/json").body(document).post("/api/v1/symptoms")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field)).body("errors[0].message", containsString("read-only"));
        }
        Map<String, Object> unknown = symptom(slug("unknown"));
        unknown.put("isAdmin", true);
        given().header("Authorization", EDITOR).contentType("application/json").body(unknown).post("/api/v1/symptoms")
                .then().statusCode(400).body("errors[0].field", equalTo("isAdmin")).body("errors[0].message", equalTo("is not a known field"));
        String slug = slug("renamed");
        String etag = published(slug);
        given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"slug\": \"other\"}")
                .patch("/api/v1/symptoms/" + slug).then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void aRejectedDraftIsClosedWithItsReasonAndCannotBePublished() {
        String draft = draftId(propose(symptom(slug("rejected"))));
        given().header("Authorization", REVIEWER).contentType("application/json").body(Map.of("comment", "Needs a second source."))
                .post("/api/v1/drafts/" + draft + "/reject")
                .then().statusCode(200).body("status", equalTo("rejected")).body("comment", equalTo("Needs a second source."));
        publish(draft).then().statusCode(409);
        given().header("Authorization", REVIEWER).get("/api/v1/drafts?status=rejected&size=100")
                .then().statusCode(200).body("items.id", hasItem(draft));
        given().header("Authorization", REVIEWER).get("/api/v1/drafts").then().statusCode(200).body("items.id", not(hasItem(draft)));
        given().header("Authorization", REVIEWER).get("/api/v1/drafts?status=maybe").then().statusCode(400);
        String unexplained = draftId(propose(symptom(slug("unexplained"))));
        given().header("Authorization", REVIEWER).contentType("application/json").body("{}").post("/api/v1/drafts/" + unexplained + "/reject")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
    }

    @Test
    void aPublicationChangesWhatRevalidationAndEvaluationSee() {
        String slug = slug("cached");
        String etag = published(slug);
        given().header("If-None-Match", etag).get("/api/v1/symptoms/" + slug).then().statusCode(304).header("ETag", sameTag(etag));
        Map<String, Object> changed = symptom(slug);
        changed.put("urgency", "emergency");
        publish(EditorialFixtures.replace(slug, etag, changed).then().statusCode(202).extract().jsonPath().getString("id")).then().statusCode(200);
        given().header("If-None-Match", etag).get("/api/v1/symptoms/" + slug).then().statusCode(200)
                .header("ETag", not(sameTag(etag))).body("urgency", equalTo("emergency"));
        given().get("/api/v1/symptoms?urgency=emergency&size=100").then().body("items.slug", hasItem(slug));
    }

    @Inject
    EntityManager em;

    @Test
    void aPublicationOnAnotherReplicaReachesThisOnesMemoryThroughTheChangeCursor() {
        String slug = slug("replica");
        String etag = published(slug);
        given().header("If-None-Match", etag).get("/api/v1/symptoms/" + slug).then().statusCode(304);
        // another instance publishes: it rewrites the tables and records the revision; this instance gets no event
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE content_text SET summary = 'Changed on another replica.' WHERE lang = 'en'"
                    + " AND item_id = (SELECT id FROM content_item WHERE collection = 'symptoms' AND slug = ?1)").setParameter(1, slug).executeUpdate();
            em.createNativeQuery("INSERT INTO revision (collection, slug, number, action, document, author, reviewer)"
                    + " SELECT collection, slug, version + 1, 'updated', document, 'ed-editor', 'rita-reviewer' FROM published_document"
                    + " WHERE collection = 'symptoms' AND slug = ?1").setParameter(1, slug).executeUpdate();
        });
        // the test profile polls the cursor every 200 ms
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> given().header("If-None-Match", etag)
                .get("/api/v1/symptoms/" + slug).then().statusCode(200).body("summary", equalTo("Changed on another replica.")));
    }

    @Test
    void anEvaluationAnsweredFromMemoryFollowsAPublication() {
        String profile = "{\"primaryCancer\": \"breast-cancer\"}";
        given().contentType("application/json").body(profile).post("/api/v1/treatment-options").then().statusCode(200)
                .body("options.treatment.name", hasItem("Denosumab"));
        String etag = etag("/api/v1/treatments/denosumab");
        publish(given().header("Authorization", EDITOR).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"name\": \"Denosumab (renamed by a test)\"}").patch("/api/v1/treatments/denosumab")
                .then().statusCode(202).extract().jsonPath().getString("id")).then().statusCode(200);
        given().contentType("application/json").body(profile).post("/api/v1/treatment-options").then().statusCode(200)
                .body("options.treatment.name", hasItem("Denosumab (renamed by a test)"));
    }

    @Test
    void theBundleCarriesEveryPublishedEntryAndTheCursorToFollow() {
        String slug = slug("bundled");
        published(slug);
        var bundle = given().header("Accept-Encoding", "gzip").get("/api/v1/bundle").then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("ETag", org.hamcrest.Matchers.endsWith("-gz\""))
                .header("Vary", containsString("Accept-Encoding"))
                .body("sites.slug", hasItem("spine"))
                .body("symptoms.slug", hasItem(slug))
                .body("references.slug", hasItem(EditorialFixtures.REFERENCE))
                .extract();
        String cursor = bundle.jsonPath().getString("cursor");
        given().get("/api/v1/changes?since=" + cursor).then().statusCode(200).body("items", hasSize(0)).body("next", equalTo(cursor));
        given().header("Accept-Language", "de").get("/api/v1/bundle").then().statusCode(200).header("Content-Language", containsString("de"))
                .body("sites.find { it.slug == 'spine' }.name", equalTo("Wirbelsäule"));
    }

    @Test
    void theChangeFeedStartsWithTheCuratedContentAndRefusesBadCursors() {
        given().get("/api/v1/changes?limit=2").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].action", equalTo("created")).body("items[0].version", equalTo(1))
                .body("next", equalTo(given().get("/api/v1/changes?limit=2").jsonPath().getString("items[1].cursor")));
        given().get("/api/v1/changes?since=abc").then().statusCode(400).body("errors[0].field", equalTo("since"));
        given().get("/api/v1/changes?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/changes?since=-1").then().statusCode(400);
        given().get("/api/v1/changes?since=0&limit=1").then().body("items[0].href", notNullValue());
    }
}
