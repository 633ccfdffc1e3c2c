package org.bonemet.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteResourceTest {

    @Test
    void listsSitesInTheEnvelopeWithPagingLinks() {
        given().queryParam("size", 5)
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(1))
                .body("size", equalTo(5))
                .body("total", equalTo(15))
                .body("items.size()", equalTo(5))
                .body("items[0].slug", equalTo("cervical-spine"))
                .body("items[0].href", equalTo("/api/v1/sites/cervical-spine"))
                .body("items[0].kind", equalTo("part"))
                .body("links.next", containsString("page=2"))
                .body("links.last", containsString("page=3"))
                .body("links.prev", nullValue());
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        given().queryParam("page", 9)
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("items", empty())
                .body("total", equalTo(15))
                .body("links.prev", containsString("page=1"));
    }

    @Test
    void walksTheHierarchyByParent() {
        given().queryParam("parent", "spine")
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("items.slug", contains("cervical-spine", "lumbar-spine", "sacrum", "thoracic-spine"));
        given().when().get("/api/v1/sites/spine/children")
                .then().statusCode(200)
                .body("items.slug", contains("cervical-spine", "lumbar-spine", "sacrum", "thoracic-spine"));
    }

    @Test
    void showsASiteWithFrequencyParentComplicationsAndReferences() {
        given().when().get("/api/v1/sites/thoracic-spine")
                .then().statusCode(200)
                .body("slug", equalTo("thoracic-spine"))
                .body("name", notNullValue())
                .body("summary", notNullValue())
                .body("details", notNullValue())
                .body("parent.slug", equalTo("spine"))
                .body("parent.href", equalTo("/api/v1/sites/spine"))
                // the frequency returns once its source is verified (docs/clinical-safety/audit-2026-12.md); never unsourced
                .body("frequency", org.hamcrest.Matchers.nullValue())
                .body("complications.slug", hasItem("metastatic-spinal-cord-compression"))
                .body("references.size()", greaterThan(0))
                .body("references.id", everyItem(notNullValue()))
                .body("review.lastReviewed", equalTo("2026-11-28"))
                .body("version", equalTo(1))
                .body("language", equalTo("en"));
    }

    @Test
    void theRootCarriesTheGeneralBoneMetastasisCodes() {
        given().when().get("/api/v1/sites/skeleton")
                .then().statusCode(200)
                .body("codes.findAll { it.system == 'icd-10-cm' }.code", hasItem("C79.51"))
                .body("codes.findAll { it.system == 'snomed-ct' }.code", hasItem("94222008"))
                .body("children.slug", hasItems("spine", "femur", "pelvis"));
    }

    @Test
    void listsTheComplicationsOfASite() {
        given().when().get("/api/v1/sites/proximal-femur/symptoms")
                .then().statusCode(200)
                .body("items.slug", hasItem("pathological-fracture"))
                .body("items.urgency", not(hasItem(nullValue())));
    }

    @Test
    void anUnknownSlugIsA404Problem() {
        given().when().get("/api/v1/sites/elbow")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("elbow"))
                .body("instance", equalTo("/api/v1/sites/elbow"));
        given().when().get("/api/v1/sites/elbow/symptoms").then().statusCode(404);
    }

    @Test
    void anUnknownFilterValueIsA400ProblemNamingTheField() {
        given().queryParam("kind", "organ")
                .when().get("/api/v1/sites")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("region"));
    }

    /** The largest page the contract allows once overflowed (page - 1) * size in int and gave a 500. */
    @Test
    void theLargestPageIsEmptyOnListsAndRelatedLists() {
        for (String path : new String[] { "/api/v1/sites", "/api/v1/sites/spine/children", "/api/v1/sites/spine/revisions" }) {
            given().queryParam("page", Integer.MAX_VALUE)
                    .when().get(path)
                    .then().statusCode(200)
                    .contentType("application/json")
                    .body("items", empty())
                    .body("page", equalTo(Integer.MAX_VALUE))
                    .body("total", greaterThan(0))
                    .body("links.last", containsString("page=1"))
                    .body("links.next", nullValue());
        }
        given().queryParam("page", 107374184)
                .when().get("/api/v1/sites")
                .then().statusCode(200)
                .body("items", empty())
                .body("total", equalTo(15));
    }

    /** PostgreSQL refuses a NUL in text; it must not get the chance. */
    @Test
    void aNulInTheSlugIsA404Problem() {
        for (String path : new String[] { "/api/v1/sites/sp%00ine", "/api/v1/sites/a%00/children", "/api/v1/sites/a%00/revisions" }) {
            given().urlEncodingEnabled(false)
                    .when().get(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("title", equalTo("Not Found"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void aNulInAFilterIsA400ProblemNamingTheField() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/sites?parent=a%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("parent"))
                .body("errors[0].message", containsString("NUL"));
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/sites?code=icd-10%7Ca%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }
}
