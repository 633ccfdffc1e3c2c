package org.bonemet.release;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A database at the previous release, upgraded by starting this one: every correction arrives as a new published
 * revision (author and reviewer recorded) that the change feed shows after the old cursor, so apps that sync
 * through the feed receive it; forbidden sources are deleted; starting again changes nothing.
 */
@QuarkusTest
@TestProfile(UpgradedDatabase.Profile.class)
class ContentReleaseUpgradeTest {

    /** The last cursor of the previous release: one creation per entry. */
    private static final int PREVIOUS_RELEASE_CURSOR = 158;

    @Test
    void correctionsArriveThroughTheChangeFeedAsReviewedRevisions() {
        JsonPath feed = given().queryParam("since", PREVIOUS_RELEASE_CURSOR).queryParam("limit", 1000)
                .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> changes = feed.getList("items");
        assertThat(changes).extracting(c -> c.get("collection") + "/" + c.get("slug") + " " + c.get("action"))
                .contains("treatments/denosumab updated", "treatments/radium-223 updated", "references/nice-ng234-summary deleted");
        assertThat(changes).allSatisfy(c -> assertThat(Integer.parseInt((String) c.get("cursor"))).isGreaterThan(PREVIOUS_RELEASE_CURSOR));

        given().when().get("/api/v1/treatments/denosumab/revisions")
                .then().statusCode(200)
                .body("items[0].number", equalTo(2))
                .body("items[0].action", equalTo("updated"))
                .body("items[0].author", equalTo("content-files"))
                .body("items[0].reviewer", equalTo("clinical-content-audit-2026-12"));
        given().when().get("/api/v1/treatments/denosumab")
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("criteria.key", hasItem("severe-untreated-hypocalcaemia"));
        given().when().get("/api/v1/references/nice-ng234-summary").then().statusCode(404);
        given().when().get("/api/v1/references").then().statusCode(200).body("items.slug", not(hasItem("gpnotebook-mscc-referral")));
    }

    @Test
    void aSecondStartPublishesNothing() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, org.bonemet.system.TestDatabase.USER,
                org.bonemet.system.TestDatabase.PASSWORD)) {
            assertThat(ContentRelease.apply(connection)).isEqualTo(new ContentRelease.Outcome(0, 0, 0, 0));
        }
    }
}
